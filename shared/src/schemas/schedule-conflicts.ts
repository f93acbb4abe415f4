import { z } from '#zod';
import { IdSchema } from './common.js';
import { ScheduleEntryInputSchema } from './schedule-input.js';

/** An entry as the editor holds it before saving, and its id when it already exists. */
export const ScheduleConflictQuerySchema = z.object({
  entry: ScheduleEntryInputSchema,
  id: z.optional(IdSchema),
});
export type ScheduleConflictQuery = z.input<typeof ScheduleConflictQuerySchema>;

/** One stretch in which the entry being edited would be hidden, and by which entry. */
export const ScheduleConflictSchema = z.object({
  screenId: z.string(),
  screenName: z.string(),
  timeZone: z.string(),
  hiddenBy: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['playlist', 'interrupt', 'off']),
    priority: z.number(),
  }),
  from: z.string(),
  to: z.string(),
});
export type ScheduleConflict = z.infer<typeof ScheduleConflictSchema>;

/** `POST /api/schedule-conflicts`: the stretches, in order. */
export const ScheduleConflictListSchema = z.object({ items: z.array(ScheduleConflictSchema) });
