import { z } from '#zod';
import {
  IdSchema,
  InstantSchema,
  LocalDateSchema,
  LocalTimeSchema,
  requiredTextSchema,
} from './common.js';
import { LAYOUTS } from './screen-layout.js';
import { ZonesSchema } from './zone.js';

/** Which screens an entry applies to: all, or the union of the listed screens and groups. */
export const TargetSchema = z.object({
  all: z._default(z.boolean(), false),
  screenIds: z._default(z.array(IdSchema).check(z.maxLength(1000)), []),
  groupIds: z._default(z.array(IdSchema).check(z.maxLength(1000)), []),
});
export type Target = z.infer<typeof TargetSchema>;

/**
 * `playlist` plays a playlist; `interrupt` is an urgent notice that preempts everything;
 * `off` blanks the screen.
 */
export const SCHEDULE_KINDS = ['playlist', 'interrupt', 'off'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/**
 * How an entry treats the organisation's holidays: `skip` does not play on them, `only` plays on
 * them alone (a "closed today" playlist), `ignore` plays as if there were none.
 */
export const HOLIDAY_MODES = ['skip', 'only', 'ignore'] as const;
export type HolidayMode = (typeof HOLIDAY_MODES)[number];

/** Opening-hours playlists close on holidays; urgent notices and screens-off hours do not. */
export function defaultHolidayMode(kind: ScheduleKind): HolidayMode {
  return kind === 'playlist' ? 'skip' : 'ignore';
}

/** The fields of an entry as an editor writes it (checked together in schedule-input.ts). */
export const scheduleEntryFields = {
  name: requiredTextSchema(200),
  kind: z._default(z.enum(SCHEDULE_KINDS), 'playlist'),
  playlistId: z._default(z.nullable(IdSchema), null),
  target: z._default(TargetSchema, { all: true, screenIds: [], groupIds: [] }),
  /** First and last local day (inclusive); null leaves that end open. */
  startDate: z._default(z.nullable(LocalDateSchema), null),
  endDate: z._default(z.nullable(LocalDateSchema), null),
  /** ISO weekdays (1 = Monday … 7 = Sunday); empty means every day. */
  weekdays: z._default(z.array(z.int().check(z.gte(1), z.lte(7))).check(z.maxLength(7)), []),
  /** Local time window; an end at or before the start crosses midnight; both null is all day. */
  startTime: z._default(z.nullable(LocalTimeSchema), null),
  endTime: z._default(z.nullable(LocalTimeSchema), null),
  /** An RFC 5545 RRULE choosing the days (instead of weekdays), e.g. FREQ=MONTHLY;BYDAY=1MO. */
  rrule: z._default(z.nullable(z.string().check(z.trim(), z.maxLength(500))), null),
  /** Local days the rule skips (public holidays). */
  exdates: z._default(z.array(LocalDateSchema).check(z.maxLength(400)), []),
  /** Higher wins where entries overlap. */
  priority: z._default(z.int().check(z.gte(0), z.lte(1000)), 0),
  /** An absolute end (urgent notices expire); null means none. */
  expiresAt: z._default(z.nullable(InstantSchema), null),
  /** While this entry plays, this template and `zones` replace the screen's; null keeps them. */
  layout: z._default(z.nullable(z.enum(LAYOUTS)), null),
  zones: z._default(ZonesSchema, {}),
};

/** A stored entry; `createdAt` breaks priority ties (earlier wins, then the smaller id). */
export const ScheduleEntrySchema = z.object({
  ...scheduleEntryFields,
  /** An entry from a manifest older than holiday modes plays as it did: on every day. */
  holidayMode: z._default(z.enum(HOLIDAY_MODES), 'ignore'),
  id: IdSchema,
  createdAt: InstantSchema,
});
export type ScheduleEntry = z.infer<typeof ScheduleEntrySchema>;
