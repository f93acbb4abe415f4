import type { MediaRef } from '@bangtin/shared';
import { sha256Hex } from './sha256-hex.js';

/** The bytes of interrupted downloads, by sha256: the next try asks only for the rest. */
const partials = new Map<string, Uint8Array[]>();

/**
 * Downloads one media file, verifies its size and sha256, and stores it in `cache` under its
 * URL. A download cut off is resumed on the next call with `Range`; the hash is checked over
 * the whole file at the end, and nothing is stored unless it verifies (nor is the partial kept).
 * Never an opaque response. `onBytes` reports bytes as they arrive.
 */
export async function downloadMedia(
  ref: MediaRef,
  url: string,
  cache: Cache,
  onBytes: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const name = `media ${ref.sha256.slice(0, 12)}`;
  const chunks = partials.get(ref.sha256) ?? [];
  partials.set(ref.sha256, chunks);
  const have = byteLength(chunks);
  const headers: HeadersInit = have > 0 ? { Range: `bytes=${have}-` } : {};
  const response = await fetch(url, { cache: 'no-store', headers, signal: signal ?? null });
  const resumed =
    response.status === 206 && response.headers.get('Content-Range')?.startsWith(`bytes ${have}-`);
  if ((response.status !== 200 && !resumed) || response.type === 'opaque' || !response.body) {
    partials.delete(ref.sha256);
    throw new Error(`${name}: HTTP ${response.status}`);
  }
  if (!resumed) chunks.length = 0;
  onBytes(byteLength(chunks));
  await readInto(chunks, response.body, ref.bytes, onBytes);
  const total = byteLength(chunks);
  if (total < ref.bytes) throw new Error(`${name}: ${total} bytes, expected ${ref.bytes}`);
  partials.delete(ref.sha256);
  const bytes = concat(chunks, total);
  if (total !== ref.bytes) throw new Error(`${name}: ${total} bytes, expected ${ref.bytes}`);
  const digest = await sha256Hex(bytes);
  if (digest !== ref.sha256) {
    throw new Error(`${name}: checksum mismatch (${digest.slice(0, 12)})`);
  }
  try {
    await cache.put(
      url,
      new Response(bytes, {
        status: 200,
        headers: { 'Content-Type': ref.type, 'Content-Length': String(bytes.byteLength) },
      }),
    );
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'QuotaExceededError') throw error;
    throw new StorageFullError(`${name}: storage full (${ref.bytes} bytes)`);
  }
}

/** The browser refused to store a verified file: its storage quota is reached. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/** Appends the body to `chunks` until it ends, fails, or goes past `expected` bytes. */
async function readInto(
  chunks: Uint8Array[],
  body: ReadableStream<Uint8Array>,
  expected: number,
  onBytes: (bytes: number) => void,
): Promise<void> {
  let total = byteLength(chunks);
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    total += value.byteLength;
    chunks.push(value);
    onBytes(value.byteLength);
    // A server sending more than announced is wrong; stop before it fills the memory.
    if (total > expected) {
      await reader.cancel();
      return;
    }
  }
}

const byteLength = (chunks: readonly Uint8Array[]) =>
  chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
