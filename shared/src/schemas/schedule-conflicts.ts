import { z } from '#zod';
import { IdSchema } from './common.js';
import { ScheduleEntryInputSchema } from './schedule-input.js';

/** An entry as the editor holds it before saving, and its id when it already exists. */
export const ScheduleConflictQuerySchema = z.object({
  entry: ScheduleEntryInputSchema,
  id: z.optional(IdSchema),
});
export type ScheduleConflictQuery = z.input<typeof ScheduleConflictQuerySchema>;
