import { type ScheduleEntry, ScheduleEntryInputSchema } from '@bangtin/shared';
import { documentResource } from './document-resource.js';

/** Schedule entries carry their creation time: it breaks priority ties in the resolver. */
export const schedulesRepository = documentResource(
  'schedule_entries',
  ScheduleEntryInputSchema,
  ({ id, createdAt, value }): ScheduleEntry => ({ ...value, id, createdAt }),
);
