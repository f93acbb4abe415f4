import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const managerUrl = process.env.MANAGER_URL ?? 'http://localhost:8080';

/** The admin app, served by the manager under /admin/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts stay files so that the browser caches them once for every page.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': managerUrl, '/media': managerUrl },
  },
});
