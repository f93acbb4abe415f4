import { z } from '#zod';
import { IdSchema, LocalDateSchema, requiredTextSchema } from './common.js';

/** A day the organisation is closed, on the screens' local calendars. */
const holidayFields = {
  date: LocalDateSchema,
  name: requiredTextSchema(200),
};

export const HolidayInputSchema = z.object(holidayFields);
export type HolidayInput = z.input<typeof HolidayInputSchema>;

export const HolidaySchema = z.object({ ...holidayFields, id: IdSchema });
export type Holiday = z.infer<typeof HolidaySchema>;
