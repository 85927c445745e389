import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The live deals dashboard, served by the server at /dashboard. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
});
