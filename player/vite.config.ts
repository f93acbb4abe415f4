import { readFileSync } from 'node:fs';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyLitCss } from './vite-plugins/minify-lit-css.js';
import { preloadFonts } from './vite-plugins/preload-fonts.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The page; the service worker is built by vite.sw.config.ts into the same dist/. */
export default defineConfig({
  plugins: [minifyLitCss(), preloadFonts()],
  define: { __APP_VERSION__: JSON.stringify(version), __BUILD_TIME__: String(Date.now()) },
  // The shared schemas on zod/mini (see shared/src/zod/mini.ts).
  resolve: { conditions: ['zod-mini', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Fonts must be files (precached by the service worker), never inlined data URLs.
    assetsInlineLimit: 0,
    // One chunk and no modulepreload links: Vite's polyfill for them would be dead code.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/media': 'http://localhost:8080' },
  },
});
