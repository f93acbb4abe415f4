import { gzipSync } from 'node:zlib';
import { timeSlicer } from './time-slicer.js';

/**
 * Gzips many manifests, one after another, letting the event loop through every few milliseconds.
 * Ten thousand small manifests compressed at once on libuv's threads cost ten times as long:
 * each compressor allocates its window and buffers, all of them alive together.
 */
export async function gzipManifests(
  bodies: ReadonlyArray<Uint8Array>,
): Promise<Array<Uint8Array<ArrayBuffer>>> {
  const zipped: Array<Uint8Array<ArrayBuffer>> = [];
  const pause = timeSlicer();
  for (const body of bodies) {
    zipped.push(new Uint8Array(gzipSync(body, sizedFor(body.byteLength))));
    await pause();
  }
  return zipped;
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
