// Writes the precache list (the app shell) into dist/sw.js, replacing self.__WB_MANIFEST.
import { injectManifest } from 'workbox-build';

const { count, size, warnings } = await injectManifest({
  swSrc: 'dist/sw.js',
  swDest: 'dist/sw.js',
  globDirectory: 'dist',
  globPatterns: ['index.html', 'assets/**/*.{js,css,woff2,svg,png}'],
  globIgnores: ['sw.js'],
  // Hashed file names already change with their content.
  dontCacheBustURLsMatching: /^assets\//,
});
for (const warning of warnings) console.warn(warning);
process.stdout.write(`sw.js precaches ${count} files, ${size} bytes\n`);
