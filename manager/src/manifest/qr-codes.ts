import type { QrCode, Slide } from '@bangtin/shared';
import { qrPath } from '@bangtin/shared/qr';

// Every content change rebuilds every screen's manifest, and a long URL takes a second to encode.
const MAX_CACHED = 200;
const cache = new Map<string, QrCode | null>();

/** The QR codes of the QR slides among `slides`, by URL; a URL too long for a QR code has none. */
export function qrCodesFor(slides: readonly Slide[]): Record<string, QrCode> {
  const codes: Record<string, QrCode> = {};
  for (const slide of slides) {
    if (slide.kind !== 'qr') continue;
    const code = cachedQrCode(slide.url);
    if (code) codes[slide.url] = code;
  }
  return codes;
}

function cachedQrCode(url: string): QrCode | null {
  const cached = cache.get(url);
  // Re-inserted on every use, so that the first key is always the least recently used.
  cache.delete(url);
  const code = cached === undefined ? encode(url) : cached;
  cache.set(url, code);
  if (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return code;
}

function encode(url: string): QrCode | null {
  try {
    return qrPath(url);
  } catch {
    // The library throws when the text is longer than the largest QR code holds.
    return null;
  }
}
