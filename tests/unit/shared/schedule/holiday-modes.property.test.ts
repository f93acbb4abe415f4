import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSchedule } from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';
import { answer, at, entry, screenIn } from './schedule-fixtures.js';

const HALF_HOUR = 30 * 60_000;
const DAY = 86_400_000;
/** Starting points two days before a DST change, and one in a zone without. */
const PLACES = [
  ['America/New_York', '2026-03-06T00:00Z'],
  ['Europe/Berlin', '2026-10-23T00:00Z'],
  ['Australia/Lord_Howe', '2026-04-02T00:00Z'],
  ['Asia/Ho_Chi_Minh', '2026-08-28T00:00Z'],
] as const;
const WINDOWS = [
  [null, null],
  ['08:00', '17:00'],
  ['22:00', '02:00'],
  ['09:00', '09:00'],
  ['01:30', '02:30'],
] as const;
const RULES = ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=DAILY;INTERVAL=2', 'FREQ=DAILY;COUNT=6'];
/** Days around the start the oracle spells out: the checks stay well inside them. */
const SPELLED = { from: -10, to: 40 };

function localDate(base: number, offsetDays: number): string {
  return new Date(base + offsetDays * DAY).toISOString().slice(0, 10);
}

const scenario = fc
  .record({
    place: fc.constantFrom(...PLACES),
    holidays: fc.subarray([0, 1, 2, 3, 5, 8, 9, 13, 14, 15, 21]),
    nowSteps: fc.integer({ min: 0, max: 20 * 48 }),
    entries: fc.array(
      fc.record({
        mode: fc.constantFrom('skip', 'only', 'ignore'),
        kind: fc.constantFrom('playlist', 'playlist', 'off', 'interrupt'),
        priority: fc.integer({ min: 0, max: 2 }),
        window: fc.constantFrom(...WINDOWS),
        days: fc.oneof(
          fc.subarray([1, 2, 3, 4, 5, 6, 7]).map((weekdays) => ({ weekdays, rrule: null })),
          fc.constantFrom(...RULES).map((rrule) => ({ weekdays: [], rrule })),
        ),
        start: fc.option(fc.integer({ min: -3, max: 10 })),
        exdates: fc.subarray([2, 4, 9]),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ place, holidays, nowSteps, entries }) => {
    const base = at(place[1]);
    const holidayDates = holidays.map((offset) => localDate(base, offset));
    return {
      base,
      zone: place[0],
      holidayDates,
      now: base + nowSteps * HALF_HOUR,
      entries: entries.map(
        (spec, index): ScheduleEntry =>
          entry({
            id: `e${index}`,
            kind: spec.kind,
            playlistId: spec.kind === 'off' ? null : `p${index % 2}`,
            priority: spec.priority,
            startTime: spec.window[0],
            endTime: spec.window[1],
            ...spec.days,
            startDate: spec.start === null ? null : localDate(base, spec.start),
            exdates: spec.exdates.map((offset) => localDate(base, offset)),
            holidayMode: spec.mode,
          }),
      ),
    };
  });

/**
 * The same schedule without holiday modes, written with exdates only: a skipping entry excludes
 * the holidays, a holiday-only entry every other spelled-out day.
 */
function withExdates(entries: ScheduleEntry[], holidays: string[], base: number): ScheduleEntry[] {
  const others: string[] = [];
  for (let day = SPELLED.from; day <= SPELLED.to; day++) {
    const date = localDate(base, day);
    if (!holidays.includes(date)) others.push(date);
  }
  return entries.map((e) => ({
    ...e,
    holidayMode: 'ignore',
    exdates: [
      ...e.exdates,
      ...(e.holidayMode === 'skip' ? holidays : e.holidayMode === 'only' ? others : []),
    ],
    // Past the spelled-out days a holiday-only entry has no day left.
    endDate: e.holidayMode === 'only' ? localDate(base, SPELLED.to) : e.endDate,
  }));
}

describe('holiday modes against the same schedule written with exdates', () => {
  it('give the same answer at every instant, and hold it until nextChangeAt', () => {
    fc.assert(
      fc.property(scenario, ({ base, zone, holidayDates, now, entries }) => {
        const screen = screenIn(zone, { holidays: holidayDates });
        const plain = screenIn(zone);
        const oracle = withExdates(entries, holidayDates, base);
        const current = resolveSchedule(entries, screen, now);
        expect(answer(current)).toEqual(answer(resolveSchedule(oracle, plain, now)));
        const until = Math.min(current.nextChangeAt ?? Infinity, base + 25 * DAY);
        for (let instant = now + HALF_HOUR / 2; instant < until; instant += HALF_HOUR) {
          expect(answer(resolveSchedule(entries, screen, instant))).toEqual(answer(current));
        }
        if (current.nextChangeAt !== null && current.nextChangeAt < base + 25 * DAY) {
          const next = current.nextChangeAt;
          expect(answer(resolveSchedule(entries, screen, next))).toEqual(
            answer(resolveSchedule(oracle, plain, next)),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
