import { z } from '#zod';
import { ruleProblemMessage } from '../schedule/rule-problem-message.js';
import { rruleProblem } from '../schedule/validate-rrule.js';
import { defaultHolidayMode, HOLIDAY_MODES, scheduleEntryFields } from './schedule.js';

/** An entry as an editor writes it: the fields, then the rules that tie them together. */
const CheckedEntrySchema = z
  .object({
    ...scheduleEntryFields,
    /** Left out, it follows the kind (see defaultHolidayMode). */
    holidayMode: z.optional(z.enum(HOLIDAY_MODES)),
  })
  .check(
    z.superRefine((entry, ctx) => {
      if (entry.kind !== 'off' && entry.playlistId === null) {
        ctx.addIssue({ code: 'custom', path: ['playlistId'], message: 'a playlist is required' });
      }
      if (entry.startDate && entry.endDate && entry.endDate < entry.startDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'the end date is before the start date',
        });
      }
      if ((entry.startTime === null) !== (entry.endTime === null)) {
        ctx.addIssue({
          code: 'custom',
          path: [entry.startTime === null ? 'startTime' : 'endTime'],
          message: 'give both a start and an end time, or neither',
        });
      }
      const problem = entry.rrule === null ? null : rruleProblem(entry.rrule, entry.startDate);
      if (problem !== null) {
        // The problem travels in params so that the admin form can say it in Vietnamese.
        const message = ruleProblemMessage(problem);
        ctx.addIssue({ code: 'custom', path: ['rrule'], message, params: { rule: problem } });
      }
      if (entry.rrule !== null && entry.weekdays.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['weekdays'],
          message: 'use either weekdays or a recurrence rule',
        });
      }
    }),
  );

/** A checked entry, with a missing holiday mode filled in from its kind. */
export const ScheduleEntryInputSchema = z.pipe(
  CheckedEntrySchema,
  z.transform((entry) => ({
    ...entry,
    holidayMode: entry.holidayMode ?? defaultHolidayMode(entry.kind),
  })),
);
export type ScheduleEntryInput = z.input<typeof ScheduleEntryInputSchema>;
