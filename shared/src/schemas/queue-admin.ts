import { z } from '#zod';
import { IdSchema, InstantSchema, requiredTextSchema } from './common.js';

/** A counter of the service center, as the counter page and the settings list it. */
export const QueueCounterSchema = z.object({
  /** What callers send as `counter` (`"3"`); the same text a queue system uses. */
  id: requiredTextSchema(16),
  name: requiredTextSchema(100),
});
export type QueueCounter = z.infer<typeof QueueCounterSchema>;

/** Counters an integration key may call to; empty means every counter. */
const KeyScopeSchema = z._default(
  z.array(requiredTextSchema(16)).check(z.maxLength(100)),
  [] as string[],
);

/** `POST /api/integration-keys`: the admin names a key for a queue system. */
export const IntegrationKeyInputSchema = z.object({
  name: requiredTextSchema(100),
  counters: KeyScopeSchema,
});
export type IntegrationKeyInput = z.input<typeof IntegrationKeyInputSchema>;

/** A key as listed: never its secret, which is shown once when it is made. */
export const IntegrationKeySchema = z.object({
  id: IdSchema,
  name: z.string(),
  counters: z.array(z.string()),
  createdAt: InstantSchema,
  revokedAt: z.nullable(InstantSchema),
  lastUsedAt: z.nullable(InstantSchema),
});
export type IntegrationKey = z.infer<typeof IntegrationKeySchema>;

/** The answer to a create: the key and, this once, its bearer token. */
export const IntegrationKeyCreatedSchema = z.object({
  ...IntegrationKeySchema.shape,
  token: z.string(),
});
export type IntegrationKeyCreated = z.infer<typeof IntegrationKeyCreatedSchema>;
