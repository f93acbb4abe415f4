/** How long a read may take and how much it may bring, by default. */
export const SOURCE_LIMITS = { timeoutMs: 10_000, maxBytes: 1024 * 1024 };

export interface SourceLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** A source's text, or why there is none (in Vietnamese, for the admin). */
export type SourceText = { text: string } | { error: string };

/**
 * GETs a figures source as UTF-8 text, byte-order mark removed, within a time and a size limit.
 * The URL is checked against the schema (http or https) before it gets here; redirects are
 * followed only to http(s), as fetch does.
 */
export async function fetchSourceText(url: string, limits: SourceLimits): Promise<SourceText> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'application/json, text/csv, text/plain;q=0.9, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { error: `Nguồn trả lời HTTP ${response.status}` };
    }
    const bytes = await readLimited(response, limits.maxBytes);
    if (!bytes) return { error: `Nguồn lớn hơn ${Math.round(limits.maxBytes / 1024)} KB` };
    return decodeUtf8(bytes);
  } catch (error) {
    if (signal.aborted)
      return { error: `Nguồn không trả lời trong ${limits.timeoutMs / 1000} giây` };
    return { error: `Không đọc được nguồn: ${causeOf(error)}` };
  }
}

/** TextDecoder drops a leading byte-order mark by itself. */
function decodeUtf8(bytes: Uint8Array): SourceText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'Nguồn không phải là văn bản UTF-8' };
  }
}

/** The body, or null as soon as it passes `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    return declared > maxBytes ? null : new Uint8Array();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function causeOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : null;
  return code ?? (error instanceof Error ? error.message : String(error));
}
