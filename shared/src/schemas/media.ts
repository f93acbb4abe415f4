import { z } from '#zod';
import { IdSchema, Sha256Schema, textSchema } from './common.js';

export const MEDIA_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'video/webm',
  'video/mp4',
] as const;
export const MediaTypeSchema = z.enum(MEDIA_TYPES);
export type MediaType = z.infer<typeof MediaTypeSchema>;

/** A clip's length in milliseconds, as the browser measured it (at most a day). */
export const MediaDurationMsSchema = z.int().check(z.gte(1), z.lte(86_400_000));

/** A stored file, addressed by the sha256 of its bytes. */
export const MediaSchema = z.object({
  sha256: Sha256Schema,
  name: textSchema(200),
  type: MediaTypeSchema,
  bytes: z.int().check(z.gte(0)),
  createdAt: z.iso.datetime(),
  /** A video's length, read from the file when it was uploaded; null when unknown or a picture. */
  durationMs: z._default(z.nullable(MediaDurationMsSchema), null),
});
export type Media = z.infer<typeof MediaSchema>;

/** What a player needs to fetch and verify one file. */
export const MediaRefSchema = z.object({
  sha256: Sha256Schema,
  type: MediaTypeSchema,
  bytes: z.int().check(z.gte(0)),
  url: z.string().check(z.minLength(1)),
});
export type MediaRef = z.infer<typeof MediaRefSchema>;

export const MediaIdSchema = IdSchema;

/** The seconds a playlist item gives a clip by default: its whole length, rounded up. */
export function clipSeconds(durationMs: number): number {
  return Math.min(3600, Math.max(1, Math.ceil(durationMs / 1000)));
}
