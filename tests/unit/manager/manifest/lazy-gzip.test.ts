import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lazyGzip } from '../../../../manager/src/manifest/gzip-manifest.js';

describe('a manifest gzipped when first asked', () => {
  it('gives the body back when inflated, small or large, and compresses once', () => {
    for (const size of [10, 3_000, 400_000]) {
      const body = new TextEncoder().encode(`{"a":"${'Thủ tục hành chính '.repeat(size / 20)}"}`);
      const gzipped = lazyGzip(body);
      const first = gzipped();
      expect(gunzipSync(first)).toEqual(Buffer.from(body));
      expect(gzipped()).toBe(first);
    }
  });
});
