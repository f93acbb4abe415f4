import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HORIZON_DAYS,
  resolveSchedule,
  scheduleTimeline,
} from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';
import { answer, at, entry, screenIn } from './schedule-fixtures.js';

const HALF_HOUR = 30 * 60_000;
const DAY = 86_400_000;
// Zones with a starting point two days before one of their 2026 DST changes.
const PLACES = [
  ['America/New_York', '2026-03-06T00:00Z'],
  ['America/New_York', '2026-10-30T00:00Z'],
  ['Europe/Berlin', '2026-03-27T00:00Z'],
  ['Europe/Berlin', '2026-10-23T00:00Z'],
  ['Asia/Ho_Chi_Minh', '2026-03-06T00:00Z'],
] as const;
const WINDOWS = [
  [null, null],
  ['08:00', '12:00'],
  ['22:00', '02:00'],
  ['02:30', '03:30'],
  ['00:00', '24:00'],
  ['09:00', '09:00'],
  ['01:00', '02:30'],
  ['12:00', '12:30'],
  // Inside or across the DST gaps and overlaps, so drawn more often.
  ['02:00', '02:30'],
  ['02:00', '02:30'],
  ['02:30', '03:30'],
  ['01:00', '02:30'],
] as const;
const RULES = [
  'FREQ=WEEKLY;BYDAY=MO,WE',
  'FREQ=MONTHLY;BYDAY=1SU,-1SU',
  'FREQ=DAILY;INTERVAL=2',
  'FREQ=DAILY;COUNT=5',
  'FREQ=WEEKLY;BYDAY=SA,SU',
];

function localDate(base: number, offsetDays: number): string {
  return new Date(base + offsetDays * DAY).toISOString().slice(0, 10);
}

/** Small schedules around a DST change; every boundary falls on a UTC half hour. */
const scenario = fc
  .record({
    place: fc.constantFrom(...PLACES),
    nowSteps: fc.oneof(
      fc.integer({ min: 36 * 2, max: 60 * 2 }),
      fc.integer({ min: 0, max: 4 * 48 }),
      fc.integer({ min: 0, max: 40 * 48 }),
    ),
    nowJitter: fc.integer({ min: 0, max: HALF_HOUR - 1 }),
    entries: fc.array(
      fc.record({
        kind: fc.constantFrom('playlist', 'playlist', 'off', 'interrupt'),
        priority: fc.integer({ min: 0, max: 2 }),
        late: fc.boolean(),
        window: fc.constantFrom(...WINDOWS),
        days: fc.oneof(
          fc.subarray([1, 2, 3, 4, 5, 6, 7]).map((weekdays) => ({ weekdays, rrule: null })),
          fc.constantFrom(...RULES).map((rrule) => ({ weekdays: [], rrule })),
        ),
        start: fc.option(fc.integer({ min: -5, max: 25 })),
        length: fc.option(fc.integer({ min: 0, max: 20 })),
        exdates: fc.subarray([2, 3, 9, 16]),
        expiresSteps: fc.option(fc.integer({ min: 0, max: 30 * 48 })),
        forOtherScreen: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ place, nowSteps, nowJitter, entries }) => {
    const base = at(place[1]);
    return {
      screen: screenIn(place[0]),
      now: base + nowSteps * HALF_HOUR + nowJitter,
      entries: entries.map(
        (spec, index): ScheduleEntry =>
          entry({
            id: `e${index}`,
            kind: spec.kind,
            playlistId: spec.kind === 'off' ? null : `p${index % 2}`,
            priority: spec.priority,
            createdAt: spec.late ? '2026-02-01T00:00:00Z' : '2026-01-01T00:00:00Z',
            startTime: spec.window[0],
            endTime: spec.window[1],
            ...spec.days,
            startDate: spec.start === null ? null : localDate(base, spec.start),
            endDate:
              spec.start === null || spec.length === null
                ? null
                : localDate(base, spec.start + spec.length),
            exdates: spec.exdates.map((offset) => localDate(base, offset)),
            expiresAt:
              spec.expiresSteps === null
                ? null
                : new Date(base + spec.expiresSteps * HALF_HOUR).toISOString(),
            target: spec.forOtherScreen
              ? { all: false, screenIds: ['screen-2'], groupIds: [] }
              : { all: false, screenIds: [], groupIds: ['group-a'] },
          }),
      ),
    };
  });

/** Grid points strictly between two instants (all of them, or an even sample of `max`). */
function gridBetween(from: number, to: number, max: number): number[] {
  const first = Math.floor(from / HALF_HOUR) * HALF_HOUR + HALF_HOUR;
  const count = Math.max(0, Math.ceil((to - first) / HALF_HOUR));
  const step = Math.max(1, Math.ceil(count / max));
  const points: number[] = [];
  for (let index = 0; index < count; index += step) points.push(first + index * HALF_HOUR);
  return points.filter((point) => point < to);
}

describe('nextChangeAt', () => {
  it('holds the answer until nextChangeAt, and the answer changes there', () => {
    fc.assert(
      fc.property(scenario, ({ entries, screen, now }) => {
        const current = resolveSchedule(entries, screen, now);
        const next = current.nextChangeAt;
        const until = next ?? now + 60 * DAY;
        if (next !== null) expect(next).toBeGreaterThan(now);
        const expected = JSON.stringify(answer(current));
        const differing = [...gridBetween(now, until, 300), until - 1].filter(
          (instant) =>
            JSON.stringify(answer(resolveSchedule(entries, screen, instant))) !== expected,
        );
        expect(differing.map((instant) => new Date(instant).toISOString())).toEqual([]);
        // Only a boundary at the search horizon may leave the answer unchanged.
        if (next !== null && next - now < (HORIZON_DAYS - 1) * DAY) {
          expect(answer(resolveSchedule(entries, screen, next))).not.toEqual(answer(current));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('scheduleTimeline', () => {
  it('agrees with resolveSchedule at every segment start and inside every segment', () => {
    fc.assert(
      fc.property(scenario, ({ entries, screen, now }) => {
        const to = now + 14 * DAY;
        const segments = scheduleTimeline(entries, screen, now, to);
        expect(segments[0]?.from).toBe(now);
        expect(segments.at(-1)?.to).toBe(to);
        segments.forEach((segment, index) => {
          const { state, playlistId, entryId, reason } = resolveSchedule(
            entries,
            screen,
            segment.from,
          );
          expect(segment).toMatchObject({ state, playlistId, entryId, reason });
          for (const inside of gridBetween(segment.from, segment.to, 5)) {
            expect(resolveSchedule(entries, screen, inside)).toMatchObject({
              state,
              playlistId,
              entryId,
              reason,
            });
          }
          const previous = segments[index - 1];
          if (previous) {
            expect(previous.to).toBe(segment.from);
            expect([
              previous.state,
              previous.playlistId,
              previous.entryId,
              previous.reason,
            ]).not.toEqual([state, playlistId, entryId, reason]);
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('robustness', () => {
  it('never throws, whatever the rule text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.integer({ min: 0, max: 400 * DAY }),
        (rrule, offset) => {
          const entries = [entry({ id: 'any', rrule })];
          expect(() =>
            resolveSchedule(entries, screenIn('Europe/Berlin'), at('2026-01-01T00:00Z') + offset),
          ).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
