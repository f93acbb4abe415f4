import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAYER_DIST } from '../../../helpers/player-weight.js';

const page = readFileSync(join(PLAYER_DIST, 'index.html'), 'utf8');
const assets = readdirSync(join(PLAYER_DIST, 'assets'));
const styles = assets
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(PLAYER_DIST, 'assets', file), 'utf8'))
  .join('\n');

describe('the built player page', () => {
  const preloads = [...page.matchAll(/<link rel="preload"[^>]*>/g)].map(([tag]) => tag);

  it('preloads every font file its styles use, as a CORS font', () => {
    const used = [...styles.matchAll(/url\(\/?(assets\/[^)]+\.woff2)\)/g)].map(([, file]) => file);
    expect(used.length).toBe(9);
    for (const file of used) {
      const tag = preloads.find((link) => link.includes(`href="/${file}"`));
      expect(tag, file).toBeDefined();
      expect(tag).toContain('as="font"');
      expect(tag).toContain('crossorigin');
    }
  });

  it('preloads nothing that is not in the build', () => {
    for (const tag of preloads) {
      const href = /href="\/assets\/([^"]+)"/.exec(tag)?.[1];
      expect(assets).toContain(href);
    }
  });
});
