import { z } from '#zod';

/**
 * Invisible characters that only hide or reorder what a reader sees: bidi embeddings, overrides,
 * isolates and marks, zero-width spaces, word joiners, the BOM. ZWJ and ZWNJ (U+200C, U+200D)
 * stay: emoji and some scripts need them.
 */
const INVISIBLE_FORMATTING =
  /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Strips invisible formatting characters (see above); everything else is left as it is. */
export const stripInvisibleFormatting = (text: string) => text.replace(INVISIBLE_FORMATTING, '');

/**
 * Checks of text arriving from outside: invisible formatting stripped, lone surrogates (half a
 * character, from a broken encoder) refused.
 */
export const inputTextChecks = () => [
  z.overwrite(stripInvisibleFormatting),
  // With the u flag a whole surrogate pair is one code point: only a lone half is a Cs.
  z.refine<string>((text) => !/\p{Cs}/u.test(text), 'lone surrogates are not allowed'),
];
