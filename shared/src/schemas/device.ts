import { z } from '#zod';
import { IdSchema, InstantSchema } from './common.js';

// What players receive; what they send is in device-reports.ts.

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

/** `resync`: fetch the manifest now and check every media file again. */
export const DEVICE_COMMANDS = ['reload', 'identify', 'resync'] as const;
export const DeviceCommandSchema = z.object({
  command: z.enum(DEVICE_COMMANDS),
  id: z.string(),
});
export type DeviceCommand = z.infer<typeof DeviceCommandSchema>;
