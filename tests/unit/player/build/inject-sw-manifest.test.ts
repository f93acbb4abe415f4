import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Reads the build (`npm run build`): the precache list player/scripts/inject-sw-manifest.mjs wrote.
const DIST = resolve(import.meta.dirname, '../../../../player/dist');

function precacheList(): Array<{ url: string; revision: string | null }> {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  expect(sw).not.toContain('__WB_MANIFEST');
  const list = /\[\{"url":"[\s\S]*?\}\]/.exec(sw)?.[0];
  if (!list) throw new Error('no precache list in sw.js');
  return JSON.parse(list);
}

describe('the service worker of the built player', () => {
  it('precaches every script, style, font and image under assets/, by their hashed names', () => {
    const assets = readdirSync(join(DIST, 'assets'))
      .filter((name) => /\.(js|css|woff2|svg|png)$/.test(name))
      .map((name) => ({ url: `assets/${name}`, revision: null }));
    expect(precacheList().filter((entry) => entry.url.startsWith('assets/'))).toEqual(
      expect.arrayContaining(assets),
    );
  });

  it('precaches the page itself with the MD5 of its bytes as revision', () => {
    const page = readFileSync(join(DIST, 'index.html'));
    expect(precacheList()).toContainEqual({
      url: 'index.html',
      revision: createHash('md5').update(page).digest('hex'),
    });
  });
});
