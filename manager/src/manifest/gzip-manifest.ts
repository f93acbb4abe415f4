import { gzipSync } from 'node:zlib';

/**
 * The body's gzip, made on the first call and kept. Made when a screen first asks rather than
 * for every screen at each change: an instance holds every screen's manifest but serves only its
 * share, and ten thousand compressed at once would hold the event loop (or, on libuv's threads,
 * ten thousand compressors' windows) for seconds.
 */
export function lazyGzip(body: Uint8Array): () => Uint8Array<ArrayBuffer> {
  let gzipped: Uint8Array<ArrayBuffer> | undefined;
  return () => {
    gzipped ??= new Uint8Array(gzipSync(body, sizedFor(body.byteLength)));
    return gzipped;
  };
}

/** A window no larger than the body (a larger one finds nothing more), and buffers to match. */
function sizedFor(bytes: number) {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(bytes + 262))));
  return {
    windowBits,
    memLevel: Math.min(8, windowBits - 7),
    chunkSize: Math.max(1024, Math.min(64 * 1024, 2 ** Math.ceil(Math.log2(bytes / 2 + 64)))),
  };
}
