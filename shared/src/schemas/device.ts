import { z } from 'zod';
import { IdSchema, InstantSchema, textSchema } from './common.js';

export const PairRequestSchema = z.object({
  /** The pairing secret from an earlier answer, when polling; absent on the first call. */
  pairingId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
});
export type PairRequest = z.infer<typeof PairRequestSchema>;

export const PairResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('pending'),
    pairingId: z.string(),
    code: z.string(),
    expiresAt: InstantSchema,
    pollSeconds: z.number(),
  }),
  z.object({ status: z.literal('paired'), token: z.string(), screenId: IdSchema }),
]);
export type PairResponse = z.infer<typeof PairResponseSchema>;

/** One slide shown, recorded by the player; `id` is made by the player so retries count once. */
export const PlayRecordSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  slideId: IdSchema,
  playlistId: IdSchema.nullable(),
  manifestVersion: z.string().max(128),
  startedAt: InstantSchema,
  durationMs: z.number().int().min(0).max(86_400_000),
});
export type PlayRecord = z.infer<typeof PlayRecordSchema>;

export const PlayBatchSchema = z.object({ plays: z.array(PlayRecordSchema).min(1).max(1000) });
export type PlayBatch = z.infer<typeof PlayBatchSchema>;

export const HeartbeatSchema = z.object({
  manifestVersion: z.string().max(128).nullable(),
  appVersion: z.string().max(64),
  showing: z
    .object({
      slideId: IdSchema.nullable(),
      playlistId: IdSchema.nullable(),
      state: z.string().max(32),
    })
    .nullable(),
  storage: z
    .object({
      usage: z.number().nonnegative(),
      quota: z.number().nonnegative(),
      persisted: z.boolean(),
    })
    .nullable(),
  uptimeSeconds: z.number().nonnegative(),
  errors: z.array(textSchema(500)).max(20).default([]),
  /** False while the player does not know the time (a reset device clock, no server yet). */
  clockTrusted: z.boolean().optional(),
});
export type Heartbeat = z.infer<typeof HeartbeatSchema>;

/** `resync`: fetch the manifest now and check every media file again. */
export const DEVICE_COMMANDS = ['reload', 'identify', 'resync'] as const;
export const DeviceCommandSchema = z.object({
  command: z.enum(DEVICE_COMMANDS),
  id: z.string(),
});
export type DeviceCommand = z.infer<typeof DeviceCommandSchema>;
