// Writes the precache list (the app shell) into dist/sw.js, replacing self.__WB_MANIFEST, in the
// shape workbox-precaching reads: `{ url, revision }`. Files under assets/ carry a content hash in
// their name already (revision null); index.html is revisioned by its MD5, as workbox-build did.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const PLACEHOLDER = 'self.__WB_MANIFEST';
const ASSET = /^assets\/.+\.(js|css|woff2|svg|png)$/;

const files = readdirSync(DIST, { recursive: true })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file === 'index.html' || ASSET.test(file))
  .sort();
const entries = files.map((url) => ({
  url,
  revision: url.startsWith('assets/')
    ? null
    : createHash('md5')
        .update(readFileSync(join(DIST, url)))
        .digest('hex'),
}));

const swFile = join(DIST, 'sw.js');
const sw = readFileSync(swFile, 'utf8');
const parts = sw.split(PLACEHOLDER);
if (parts.length !== 2) {
  throw new Error(`${swFile} must name ${PLACEHOLDER} exactly once (found ${parts.length - 1})`);
}
writeFileSync(swFile, parts.join(JSON.stringify(entries)));
const size = files.reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
process.stdout.write(`sw.js precaches ${files.length} files, ${size} bytes\n`);
