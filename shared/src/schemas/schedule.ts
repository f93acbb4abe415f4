import { z } from 'zod';
import { validateRrule } from '../schedule/validate-rrule.js';
import {
  IdSchema,
  InstantSchema,
  LocalDateSchema,
  LocalTimeSchema,
  requiredTextSchema,
} from './common.js';

/** Which screens an entry applies to: all, or the union of the listed screens and groups. */
export const TargetSchema = z.object({
  all: z.boolean().default(false),
  screenIds: z.array(IdSchema).max(1000).default([]),
  groupIds: z.array(IdSchema).max(1000).default([]),
});
export type Target = z.infer<typeof TargetSchema>;

/**
 * `playlist` plays a playlist; `interrupt` is an urgent notice that preempts everything;
 * `off` blanks the screen.
 */
export const SCHEDULE_KINDS = ['playlist', 'interrupt', 'off'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

const ScheduleEntryShape = z.object({
  name: requiredTextSchema(200),
  kind: z.enum(SCHEDULE_KINDS).default('playlist'),
  playlistId: IdSchema.nullable().default(null),
  target: TargetSchema.default({ all: true, screenIds: [], groupIds: [] }),
  /** First and last local day (inclusive); null leaves that end open. */
  startDate: LocalDateSchema.nullable().default(null),
  endDate: LocalDateSchema.nullable().default(null),
  /** ISO weekdays (1 = Monday … 7 = Sunday); empty means every day. */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  /** Local time window; an end at or before the start crosses midnight; both null is all day. */
  startTime: LocalTimeSchema.nullable().default(null),
  endTime: LocalTimeSchema.nullable().default(null),
  /** An RFC 5545 RRULE choosing the days (instead of weekdays), e.g. FREQ=MONTHLY;BYDAY=1MO. */
  rrule: z.string().trim().max(500).nullable().default(null),
  /** Local days the rule skips (public holidays). */
  exdates: z.array(LocalDateSchema).max(400).default([]),
  /** Higher wins where entries overlap. */
  priority: z.number().int().min(0).max(1000).default(0),
  /** An absolute end (urgent notices expire); null means none. */
  expiresAt: InstantSchema.nullable().default(null),
});

export const ScheduleEntryInputSchema = ScheduleEntryShape.superRefine((entry, ctx) => {
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
  const ruleError = entry.rrule === null ? null : validateRrule(entry.rrule);
  if (ruleError !== null) {
    ctx.addIssue({ code: 'custom', path: ['rrule'], message: ruleError });
  }
  if (entry.rrule !== null && entry.weekdays.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['weekdays'],
      message: 'use either weekdays or a recurrence rule',
    });
  }
});
export type ScheduleEntryInput = z.input<typeof ScheduleEntryInputSchema>;

/** A stored entry; `createdAt` breaks priority ties (earlier wins, then the smaller id). */
export const ScheduleEntrySchema = ScheduleEntryShape.extend({
  id: IdSchema,
  createdAt: InstantSchema,
});
export type ScheduleEntry = z.infer<typeof ScheduleEntrySchema>;
