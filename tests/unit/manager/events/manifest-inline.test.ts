import { describe, expect, it } from 'vitest';
import { MANIFEST_INLINE_LIMIT, SseHub } from '../../../../manager/src/events/sse-hub.js';
import { sseChunk } from '../../../../manager/src/events/sse-text.js';
import type { ManifestBytes } from '../../../../manager/src/manifest/manifest-bytes.js';

/** A manifest's bytes of `size`: its JSON text is one string member padded to that length. */
function manifestOf(size: number): ManifestBytes & { made: () => number } {
  let made = 0;
  const text = `{"note":"${'x'.repeat(size - 11)}"}`;
  const bytes = new TextEncoder().encode(text);
  return {
    size: bytes.length,
    body: () => {
      made++;
      return bytes;
    },
    parts: () => {
      made++;
      return [bytes];
    },
    gzipped: () => bytes,
    made: () => made,
  };
}

function dataOf(chunk: string | Uint8Array): unknown {
  const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
  const data = /^event: manifest\ndata: (.*)\nid: \d+\n\n$/.exec(text)?.[1];
  return JSON.parse(data ?? 'null');
}

describe('a manifest sent with its event', () => {
  it('goes whole up to the inline limit, as one JSON data line', () => {
    const hub = new SseHub();
    const manifest = manifestOf(MANIFEST_INLINE_LIMIT);
    expect(manifest.size).toBe(MANIFEST_INLINE_LIMIT);
    const data = dataOf(sseChunk(hub.manifestEvent('v2', manifest)));
    expect(data).toEqual({
      version: 'v2',
      manifest: { note: 'x'.repeat(MANIFEST_INLINE_LIMIT - 11) },
    });
  });

  it('is only announced past the limit: the screen fetches it gzipped', () => {
    const hub = new SseHub();
    const manifest = manifestOf(MANIFEST_INLINE_LIMIT + 1);
    const event = hub.manifestEvent('v2', manifest);
    expect(dataOf(sseChunk(event))).toEqual({ version: 'v2' });
    expect(manifest.made()).toBe(0);
  });

  it('is not even made for a screen with no stream here', () => {
    const hub = new SseHub();
    const manifest = manifestOf(100);
    hub.publishManifest('elsewhere', { ...manifest, version: 'v2' });
    expect(manifest.made()).toBe(0);
    const sent: unknown[] = [];
    hub.subscribe('here', { send: (event) => sent.push(dataOf(sseChunk(event))), close() {} });
    hub.publishManifest('here', { ...manifest, version: 'v2' });
    expect(sent).toEqual([{ version: 'v2', manifest: { note: 'x'.repeat(89) } }]);
  });
});
