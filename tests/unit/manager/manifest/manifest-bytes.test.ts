import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type ManifestSegment,
  manifestBytes,
} from '../../../../manager/src/manifest/manifest-bytes.js';
import { ManifestMemo } from '../../../../manager/src/manifest/manifest-memo.js';
import { manifestRuns } from '../../../../manager/src/manifest/manifest-runs.js';
import type { ContentSnapshot } from '../../../../manager/src/store/load-content.js';

const text = (chars: number) => 'Thủ tục hành chính, một cửa liên thông. '.repeat(chars / 40);

/** Segments as a manifest's: own text and shared runs in turn, shared runs from one memo. */
function segments(memo: ManifestMemo, body: Record<string, unknown>): ManifestSegment[] {
  return manifestRuns(body, memo);
}

describe('a manifest’s bytes', () => {
  it('inflate to the body, small or large, own text and shared runs laid end to end', () => {
    const memo = new ManifestMemo({} as ContentSnapshot);
    const lists = { slides: [text(400_000)], procedures: [text(5_000)] };
    for (const size of [0, 10, 3_000, 400_000]) {
      const bytes = manifestBytes(
        // A long string is a screen's own text: stored blocks of at most 64 KB each.
        segments(memo, { agency: { name: text(size) }, ...lists, ticker: text(size * 2) }),
      );
      const body = bytes.body();
      expect(JSON.parse(`{${new TextDecoder().decode(body)}`)).toMatchObject(lists);
      // Buffer.equals: toEqual walks megabytes index by index (it took most of 20 s).
      expect(gunzipSync(bytes.gzipped()).equals(body)).toBe(true);
    }
  });

  it('are made once, and a shared run is compressed once for every screen', () => {
    const memo = new ManifestMemo({} as ContentSnapshot);
    const slides = [text(50_000)];
    const first = segments(memo, { name: 'Sảnh', slides });
    const second = segments(memo, { name: 'Quầy 2', slides });
    const run = first.find((segment) => !(segment instanceof Uint8Array));
    expect(run).toBeDefined();
    expect(second).toContain(run);
    const bytes = manifestBytes(first);
    expect(bytes.gzipped()).toBe(bytes.gzipped());
    expect(bytes.body()).toBe(bytes.body());
    const deflated = run && !(run instanceof Uint8Array) ? run.deflated() : undefined;
    manifestBytes(second).gzipped();
    expect(run && !(run instanceof Uint8Array) ? run.deflated() : undefined).toBe(deflated);
  });

  it('give their parts unjoined, a shared run as the very bytes every screen shares', () => {
    const memo = new ManifestMemo({} as ContentSnapshot);
    const slides = [text(5_000)];
    const first = manifestBytes(segments(memo, { name: 'Sảnh', slides }));
    const second = manifestBytes(segments(memo, { name: 'Quầy 2', slides }));
    const parts = first.parts();
    expect(Buffer.concat(parts).equals(first.body())).toBe(true);
    expect(parts.reduce((sum, part) => sum + part.length, 0)).toBe(first.size);
    const shared = parts.filter((part) => second.parts().includes(part));
    expect(shared).toHaveLength(1);
    expect(shared[0]?.length).toBeGreaterThan(5_000);
  });
});
