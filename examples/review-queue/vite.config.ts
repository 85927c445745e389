import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Delegation Hub server the example talks to (`npm start` serves it on port 4000). The page
// asks for /graphql on its own origin; Vite passes HTTP and WebSocket requests on to the server.
const target = process.env['DELEGATION_HUB_URL'] ?? 'http://localhost:4000';
const proxy = { '/graphql': { target, ws: true, changeOrigin: true } };

/** A lead unit's review queue with Apollo Client, progress and live totals with urql. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  // JSX with React's automatic runtime, without a plugin
  esbuild: { jsx: 'automatic' },
  // in this repository, the SDK's source; an app of yours installs @delegation-hub/sdk
  resolve: {
    alias: {
      '@delegation-hub/sdk': fileURLToPath(new URL('../../sdk/src/index.ts', import.meta.url)),
    },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: fileURLToPath(new URL('../../dist/examples/review-queue', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // React packages mark modules "use client"; meaningless in a client-only bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
