import { createHash } from 'node:crypto';
import type { MediaRef } from '@bangtin/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadMedia } from '../../../../player/src/sync/download-media.js';

const bytes = new TextEncoder().encode('the bytes of a picture');
const ref: MediaRef = {
  sha256: createHash('sha256').update(bytes).digest('hex'),
  type: 'image/png',
  bytes: bytes.byteLength,
  url: '/media/x',
};

/** A Cache that keeps what is put in it, or fails like a full disk. */
function fakeCache(full = false) {
  const stored = new Map<string, Response>();
  const cache = {
    put: async (url: string, response: Response) => {
      if (full) throw new DOMException('Quota exceeded.', 'QuotaExceededError');
      stored.set(url, response);
    },
  } as unknown as Cache;
  return { cache, stored };
}

function serve(body: Uint8Array, status = 200) {
  vi.stubGlobal('fetch', async () => new Response(body.slice(), { status }));
}

describe('downloadMedia', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stores a complete answer whose size and sha256 match, as a full 200 response', async () => {
    serve(bytes);
    const { cache, stored } = fakeCache();
    const progress: number[] = [];
    await downloadMedia(ref, 'http://m/media/x', cache, (n) => progress.push(n));
    const response = stored.get('http://m/media/x');
    expect(response?.status).toBe(200);
    expect(new Uint8Array(await (response as Response).arrayBuffer())).toEqual(bytes);
    expect(progress.reduce((a, b) => a + b, 0)).toBe(bytes.byteLength);
  });

  it('refuses bytes that do not match the hash, and stores nothing', async () => {
    const corrupt = bytes.slice();
    corrupt[0] = (corrupt[0] ?? 0) ^ 0xff;
    serve(corrupt);
    const { cache, stored } = fakeCache();
    await expect(downloadMedia(ref, 'http://m/media/x', cache, () => {})).rejects.toThrow(
      /checksum mismatch/,
    );
    expect(stored.size).toBe(0);
  });

  it('refuses a file of the wrong size', async () => {
    serve(bytes.slice(0, 5));
    const { cache, stored } = fakeCache();
    await expect(downloadMedia(ref, 'http://m/media/x', cache, () => {})).rejects.toThrow(
      /5 bytes, expected/,
    );
    expect(stored.size).toBe(0);
  });

  it('refuses a partial (206) answer', async () => {
    serve(bytes, 206);
    const { cache, stored } = fakeCache();
    await expect(downloadMedia(ref, 'http://m/media/x', cache, () => {})).rejects.toThrow(
      /HTTP 206/,
    );
    expect(stored.size).toBe(0);
  });

  it('says the storage is full when the cache refuses the file', async () => {
    serve(bytes);
    const { cache } = fakeCache(true);
    await expect(downloadMedia(ref, 'http://m/media/x', cache, () => {})).rejects.toThrow(
      /storage full/,
    );
  });

  it('resumes a download cut off with Range, and verifies the whole file at the end', async () => {
    const asked: Array<string | null> = [];
    let cut = true;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const range = new Headers(init.headers).get('Range');
      asked.push(range);
      if (cut) {
        cut = false;
        return new Response(cutAfter(bytes.slice(0, 8)), { status: 200 });
      }
      const from = Number(/^bytes=(\d+)-$/.exec(range ?? '')?.[1] ?? 0);
      return new Response(bytes.slice(from), {
        status: 206,
        headers: { 'Content-Range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` },
      });
    });
    const { cache, stored } = fakeCache();
    await expect(downloadMedia(ref, 'http://m/media/x', cache, () => {})).rejects.toThrow();
    await downloadMedia(ref, 'http://m/media/x', cache, () => {});
    expect(asked).toEqual([null, 'bytes=8-']);
    const response = stored.get('http://m/media/x') as Response;
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it('starts again from zero after resumed bytes fail the hash', async () => {
    const asked: Array<string | null> = [];
    let call = 0;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      asked.push(new Headers(init.headers).get('Range'));
      call++;
      if (call === 1) return new Response(cutAfter(new Uint8Array(8)), { status: 200 });
      if (call === 2) {
        return new Response(bytes.slice(8), {
          status: 206,
          headers: { 'Content-Range': `bytes 8-${bytes.length - 1}/${bytes.length}` },
        });
      }
      return new Response(bytes.slice(), { status: 200 });
    });
    const { cache, stored } = fakeCache();
    await expect(downloadMedia(ref, 'http://m/media/x', cache, () => {})).rejects.toThrow();
    await expect(downloadMedia(ref, 'http://m/media/x', cache, () => {})).rejects.toThrow(
      /checksum mismatch/,
    );
    await downloadMedia(ref, 'http://m/media/x', cache, () => {});
    expect(asked).toEqual([null, 'bytes=8-', null]);
    expect(stored.size).toBe(1);
  });
});

/** A body that sends `head` and then fails, as a connection cut mid-download. */
function cutAfter(head: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new TypeError('network error'));
      sent = true;
      controller.enqueue(head);
    },
  });
}
