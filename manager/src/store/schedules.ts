import { type ScheduleEntry, ScheduleEntryInputSchema } from '@bangtin/shared';
import { reviewedResource } from './reviewed-resource.js';

/** Schedule entries carry their creation time: it breaks priority ties in the resolver. */
export const schedulesRepository = reviewedResource(
  'schedule_entries',
  ScheduleEntryInputSchema,
  ({ id, createdAt, value }): ScheduleEntry => ({ ...value, id, createdAt }),
);
