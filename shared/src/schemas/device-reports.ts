import { z } from '#zod';
import { IdSchema, InstantSchema, textSchema } from './common.js';

// What players send (the manager validates it); what they receive is in device.ts.

export const PairRequestSchema = z.object({
  /** The pairing secret from an earlier answer, when polling; absent on the first call. */
  pairingId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/))),
});
export type PairRequest = z.infer<typeof PairRequestSchema>;

/** One slide shown, recorded by the player; `id` is made by the player so retries count once. */
export const PlayRecordSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  slideId: IdSchema,
  playlistId: z.nullable(IdSchema),
  manifestVersion: z.string().check(z.maxLength(128)),
  startedAt: InstantSchema,
  durationMs: z.int().check(z.gte(0), z.lte(86_400_000)),
  /** False when the player did not trust its clock: `startedAt` may be wrong. */
  clockTrusted: z.optional(z.boolean()),
});
export type PlayRecord = z.infer<typeof PlayRecordSchema>;

export const PlayBatchSchema = z.object({
  plays: z.array(PlayRecordSchema).check(z.minLength(1), z.maxLength(1000)),
});
export type PlayBatch = z.infer<typeof PlayBatchSchema>;

export const HeartbeatSchema = z.object({
  manifestVersion: z.nullable(z.string().check(z.maxLength(128))),
  appVersion: z.string().check(z.maxLength(64)),
  showing: z.nullable(
    z.object({
      slideId: z.nullable(IdSchema),
      playlistId: z.nullable(IdSchema),
      state: z.string().check(z.maxLength(32)),
      /** The page of the slide on screen, from 0 (a long list turns pages); older players omit it. */
      page: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(10_000)))),
    }),
  ),
  storage: z.nullable(
    z.object({
      usage: z.number().check(z.gte(0)),
      quota: z.number().check(z.gte(0)),
      persisted: z.boolean(),
    }),
  ),
  uptimeSeconds: z.number().check(z.gte(0)),
  errors: z._default(z.array(textSchema(500)).check(z.maxLength(20)), []),
  /** False while the player does not know the time (a reset device clock, no server yet). */
  clockTrusted: z.optional(z.boolean()),
});
export type Heartbeat = z.infer<typeof HeartbeatSchema>;
