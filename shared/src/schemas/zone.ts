import { z } from '#zod';
import { IdSchema, requiredTextSchema } from './common.js';

/** What a zone shows: a playlist on its own timing, or the queue's calls for some counters. */
export const ZoneContentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('playlist'), playlistId: IdSchema }),
  z.object({
    kind: z.literal('queue'),
    /** The counters whose calls show here; empty shows every counter. */
    counters: z._default(z.array(requiredTextSchema(16)).check(z.maxLength(50)), []),
  }),
]);
export type ZoneContent = z.infer<typeof ZoneContentSchema>;

/** The content of each zone by name; a zone left out (or not in the template) stays empty. */
export const ZonesSchema = z.object({
  side: z.optional(ZoneContentSchema),
  panel: z.optional(ZoneContentSchema),
  band: z.optional(ZoneContentSchema),
});
export type Zones = z.infer<typeof ZonesSchema>;
export type ZonesInput = z.input<typeof ZonesSchema>;
