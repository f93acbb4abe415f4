import { defineConfig } from 'vite';

/** The service worker: one classic script, dist/sw.js, built after the page (outDir kept). */
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/sw/sw.ts',
      formats: ['iife'],
      name: 'bangTinServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});
