import { inputTextChecks } from '#input-text';
import { z } from '#zod';

// Written in the API common to zod and zod/mini (see ../zod/mini.ts): `.check()`, never chains.

/** Server-made identifiers (UUIDs); ids arriving from outside are checked for shape only. */
export const IdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'invalid id'));
export type Id = z.infer<typeof IdSchema>;

export const Sha256Schema = z
  .string()
  .check(z.regex(/^[a-f0-9]{64}$/, 'expected a lowercase sha256 hex digest'));

/** A calendar date in the screen's time zone: YYYY-MM-DD. */
export const LocalDateSchema = z.iso.date();
export type LocalDate = z.infer<typeof LocalDateSchema>;

/** A wall-clock time in the screen's time zone: HH:MM (00:00–24:00). */
export const LocalTimeSchema = z
  .string()
  .check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected HH:MM between 00:00 and 24:00'));
export type LocalTime = z.infer<typeof LocalTimeSchema>;

export const InstantSchema = z.iso.datetime({ offset: true });

export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .check(z.maxLength(2000));

/**
 * Text shown on screens: invisible formatting stripped, trimmed, no control characters besides
 * line breaks, no lone surrogates (see ../text/input-text.ts; the player's build skips those two).
 */
export const textSchema = (max: number) =>
  z.string().check(
    ...inputTextChecks(),
    z.trim(),
    z.maxLength(max),
    z.refine((s) => !hasControlCharacter(s), 'control characters are not allowed'),
  );

export const requiredTextSchema = (max: number) =>
  z.pipe(textSchema(max), z.string().check(z.minLength(1, 'required')));

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a) || code === 0x7f) return true;
  }
  return false;
}
