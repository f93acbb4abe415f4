import { z } from '#zod';
import { AgencySchema } from './agency.js';
import { IdSchema } from './common.js';
import { QueueCounterSchema } from './queue-admin.js';
import { ReportFormSchema } from './report-form.js';

/** Agency-wide settings. */
export const SettingsSchema = z.object({
  ...AgencySchema.shape,
  defaultPlaylistId: z._default(z.nullable(IdSchema), null),
  /** The counters the counter page offers (`/queue/`); queue systems may call others too. */
  queueCounters: z._default(z.array(QueueCounterSchema).check(z.maxLength(100)), []),
  ...ReportFormSchema.shape,
});
export type Settings = z.infer<typeof SettingsSchema>;
