import { crc32 } from 'node:zlib';
import type { SharedRun } from './manifest-memo.js';

/** A served manifest's text: a screen's own bytes and the runs it shares with other screens. */
export type ManifestSegment = Uint8Array | SharedRun;

/** The manifest's bytes, plain and gzipped, each made when first asked and kept. */
export interface ManifestBytes {
  /** The length of `body()`, known without making it. */
  size: number;
  body(): Uint8Array<ArrayBuffer>;
  /** The body's bytes in the pieces it is made of, not joined: most are shared by other screens. */
  parts(): readonly Uint8Array[];
  gzipped(): Uint8Array<ArrayBuffer>;
}

/**
 * Made when a screen first asks rather than for every screen at each change: an instance serves
 * only the screens that ask it, most of them revalidate (304) and need neither.
 */
export function manifestBytes(segments: readonly ManifestSegment[]): ManifestBytes {
  let body: Uint8Array<ArrayBuffer> | undefined;
  let gzipped: Uint8Array<ArrayBuffer> | undefined;
  return {
    size: segments.reduce((sum, segment) => sum + bytesOf(segment).length, 0),
    body: () => {
      body ??= concat(segments.map(bytesOf));
      return body;
    },
    parts: () => segments.map(bytesOf),
    gzipped: () => {
      gzipped ??= gzip(segments);
      return gzipped;
    },
  };
}

// RFC 1952: deflate, no flags, no time, unknown extra flags, Unix.
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3);
// RFC 1951: an empty final block (fixed codes, end of block at once) closes the stream.
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

/**
 * One gzip member of deflate segments laid end to end: a shared run's segment is compressed once
 * per snapshot (each segment ends flushed to a byte boundary and refers back only within
 * itself), and a screen's own text (its name, the agency's line: short members only, longer ones
 * are shared runs) goes in stored blocks, not compressed. Compressing a few hundred bytes per
 * screen cost more than everything else in answering a publish. The checksum covers every byte.
 */
function gzip(segments: readonly ManifestSegment[]): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  for (const segment of segments) {
    const bytes = bytesOf(segment);
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (segment instanceof Uint8Array) parts.push(...storedBlocks(segment));
    else parts.push(segment.deflated());
  }
  const trailer = new DataView(new ArrayBuffer(8));
  trailer.setUint32(0, crc, true);
  trailer.setUint32(4, size % 2 ** 32, true);
  parts.push(FINAL_BLOCK, new Uint8Array(trailer.buffer));
  return concat(parts);
}

/** The largest stored block (RFC 1951, 3.2.4: its length is 16 bits). */
const STORED_MAX = 0xffff;

/** Bytes as non-final stored blocks, each starting on a byte boundary as the segments end. */
function storedBlocks(bytes: Uint8Array): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += STORED_MAX) {
    const data = bytes.subarray(start, start + STORED_MAX);
    const length = data.length;
    // BFINAL 0 and BTYPE 00 in the first byte's low bits, then LEN and its complement.
    blocks.push(
      Uint8Array.of(0, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff),
    );
    blocks.push(data);
  }
  return blocks;
}

const bytesOf = (segment: ManifestSegment) =>
  segment instanceof Uint8Array ? segment : segment.bytes;

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
