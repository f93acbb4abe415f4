import { z } from '#zod';
import { HolidaySchema } from './holiday.js';

/** `POST /api/holidays/import`: what the file added or renamed, and the whole calendar after. */
export const HolidayImportResultSchema = z.object({
  added: z.int(),
  renamed: z.int(),
  unchanged: z.int(),
  items: z.array(HolidaySchema),
});
export type HolidayImportResult = z.infer<typeof HolidayImportResultSchema>;
