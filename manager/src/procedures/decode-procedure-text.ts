import type { LegacyFontRefusal, SourceEncoding } from '@bangtin/shared';
import { ApiError } from '../errors.js';

/** A CSV file's text and the encoding it was found in. */
export interface DecodedText {
  text: string;
  encoding: Exclude<SourceEncoding, 'xlsx'>;
}

/** The legacy Vietnamese font encodings no converter is installed for (see the README). */
export type LegacyFont = LegacyFontRefusal['font'];

const VOWELS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** Every Vietnamese letter outside ASCII, precomposed (NFC). */
const VIETNAMESE_LETTERS = new Set(
  [...VOWELS]
    .flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC')))
    .concat('đ', 'Đ'),
);
/** Windows-1258 text read as such holds little else than Vietnamese letters outside ASCII. */
const MAX_FOREIGN_SHARE = 0.1;

/**
 * Decodes a CSV file: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text")
 * little or big endian, else Windows-1258. Text typed in the TCVN3 (ABC) or VNI fonts is refused
 * with a 415 naming the font, since reading it as Windows-1258 would garble every accent.
 */
export function decodeProcedureText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return asText({ text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' });
  }
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const start = hasUtf16Mark(bytes) ? 2 : 0;
    return asText({ text: decode(utf16, bytes.subarray(start)), encoding: utf16 });
  }
  if (bytes.includes(0)) throw notText();
  try {
    return asText({ text: decode('utf-8', bytes), encoding: 'utf-8' });
  } catch {
    // Not UTF-8: a legacy single-byte encoding.
  }
  const text = decode('windows-1258', bytes).normalize('NFC');
  const font = legacyFontOf(text, bytes);
  if (font) throw legacyFont(font);
  return asText({ text, encoding: 'windows-1258' });
}

/** Control characters other than tabs and line breaks mean binary data, whatever it decoded to. */
function asText(decoded: DecodedText): DecodedText {
  for (let i = 0; i < decoded.text.length; i++) {
    const code = decoded.text.charCodeAt(i);
    const control = code < 0x20 || code === 0x7f;
    if (control && code !== 0x09 && code !== 0x0a && code !== 0x0d) throw notText();
  }
  return decoded;
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
}

function hasUtf16Mark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** UTF-16 by its byte-order mark, or by the zero bytes that ASCII characters leave. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = sample.length / 2;
  // Too short to tell from binary data by its zeros.
  if (pairs < 16) return null;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * TCVN3 and VNI put their accented letters at bytes that Windows-1258 reads as symbols and
 * Latin letters Vietnamese does not use ("¸", "µ", "ä", "ø"). VNI writes a vowel then its marks;
 * TCVN3 writes each accented vowel as one byte, so its high bytes mostly follow consonants.
 */
function legacyFontOf(text: string, bytes: Uint8Array): LegacyFont | null {
  let outside = 0;
  let foreign = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    outside++;
    if (!VIETNAMESE_LETTERS.has(char)) foreign++;
  }
  if (outside === 0 || foreign / outside <= MAX_FOREIGN_SHARE) return null;
  let afterVowel = 0;
  let high = 0;
  for (let i = 1; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue;
    high++;
    if (ASCII_VOWELS.has(bytes[i - 1] ?? 0)) afterVowel++;
  }
  return afterVowel > high / 2 ? 'vni' : 'tcvn3';
}

const ASCII_VOWELS = new Set([...'aeiouyAEIOUY'].map((char) => char.charCodeAt(0)));

const notText = () =>
  new ApiError(
    415,
    'unsupported_media_type',
    'Send the procedure list as an XLSX workbook or a CSV text file',
    { reason: 'not_a_table' },
  );

const legacyFont = (font: LegacyFont) =>
  new ApiError(
    415,
    'unsupported_media_type',
    `The file is typed in the ${font === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} font encoding, which cannot be converted here: save it as "CSV UTF-8" or as an XLSX workbook`,
    { reason: 'legacy_font', font } satisfies LegacyFontRefusal,
  );
