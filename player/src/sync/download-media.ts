import type { MediaRef } from '@bangtin/shared';
import { sha256Hex } from './sha256-hex.js';

/**
 * Downloads one media file, verifies its size and sha256, and stores it in `cache` under its
 * URL. Only a complete 200 answer is accepted (never a 206 or an opaque response), and nothing
 * is stored unless it verifies. `onBytes` reports bytes as they arrive.
 */
export async function downloadMedia(
  ref: MediaRef,
  url: string,
  cache: Cache,
  onBytes: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const response = await fetch(url, { cache: 'no-store', signal: signal ?? null });
  if (response.status !== 200 || response.type === 'opaque' || !response.body) {
    throw new Error(`media ${ref.sha256.slice(0, 12)}: HTTP ${response.status}`);
  }
  const bytes = await readAll(response.body, ref.bytes, onBytes);
  if (bytes.byteLength !== ref.bytes) {
    throw new Error(
      `media ${ref.sha256.slice(0, 12)}: ${bytes.byteLength} bytes, expected ${ref.bytes}`,
    );
  }
  const digest = await sha256Hex(bytes);
  if (digest !== ref.sha256) {
    throw new Error(`media ${ref.sha256.slice(0, 12)}: checksum mismatch (${digest.slice(0, 12)})`);
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
    throw new Error(`media ${ref.sha256.slice(0, 12)}: storage full (${ref.bytes} bytes)`);
  }
}

async function readAll(
  body: ReadableStream<Uint8Array>,
  expected: number,
  onBytes: (bytes: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // A server sending more than announced is wrong; stop before it fills the memory.
    if (total > expected) {
      await reader.cancel();
      break;
    }
    chunks.push(value);
    onBytes(value.byteLength);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
