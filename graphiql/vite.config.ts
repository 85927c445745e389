import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** GraphiQL, served by the server at GET /graphql (HTML) with its assets under /graphiql/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphiql/',
  logLevel: 'warn',
  // Monaco's language workers split into chunks, which IIFE workers cannot
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    // the Monaco editor is large; it is served from this machine, not a CDN
    chunkSizeWarningLimit: 6000,
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
