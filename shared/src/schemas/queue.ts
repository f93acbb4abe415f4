import { z } from '#zod';
import { InstantSchema, requiredTextSchema, textSchema } from './common.js';

/** What a caller can do at a counter: call a number, call it again, or skip it (no-show). */
export const QUEUE_CALL_ACTIONS = ['call', 'recall', 'skip'] as const;

/** `POST /api/queue/calls`: a queue system (or the counter page) calls a number to a counter. */
export const QueueCallInputSchema = z.object({
  number: requiredTextSchema(16),
  counter: requiredTextSchema(16),
  service: z._default(textSchema(200), ''),
  action: z._default(z.enum(QUEUE_CALL_ACTIONS), 'call'),
});
export type QueueCallInput = z.input<typeof QueueCallInputSchema>;

/** One call as stored and as sent to screens (SSE event `queue`, data: this object). */
export const QueueCallSchema = z.object({
  id: z.string(),
  number: z.string(),
  counter: z.string(),
  service: z.string(),
  action: z.enum(QUEUE_CALL_ACTIONS),
  calledAt: InstantSchema,
});
export type QueueCall = z.infer<typeof QueueCallSchema>;

/** `GET /api/device/queue`: today's latest calls (newest first), for a screen that (re)connects. */
export const QueueSnapshotSchema = z.object({
  calls: z.array(QueueCallSchema),
});
export type QueueSnapshot = z.infer<typeof QueueSnapshotSchema>;

/** The device event stream's event name for a queue call. */
export const QUEUE_EVENT = 'queue';
