import { describe, expect, it } from 'vitest';
import {
  compileSchedule,
  resolveSchedule,
  scheduleTimeline,
} from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';
import { at, entry, screenIn } from './schedule-fixtures.js';

// 2026-09-02 (Wednesday) and 2026-09-01 (Tuesday) are holidays; the 3rd is a working Thursday.
const HOLIDAYS = ['2026-09-01', '2026-09-02'];
const SAIGON = screenIn('Asia/Ho_Chi_Minh', { holidays: HOLIDAYS });

const openingHours = (holidayMode: ScheduleEntry['holidayMode']) =>
  entry({
    id: 'hours',
    weekdays: [1, 2, 3, 4, 5],
    startTime: '07:00',
    endTime: '17:00',
    holidayMode,
  });
const closedToday = entry({ id: 'closed', priority: 5, holidayMode: 'only' });

/** Which entry plays (null: the default playlist), and the next change reported. */
function check(
  entries: ScheduleEntry[],
  iso: string,
  expected: string | null,
  next?: string | null,
  screen = SAIGON,
) {
  const result = resolveSchedule(entries, screen, at(iso));
  expect(result.entryId).toBe(expected);
  if (next !== undefined) expect(result.nextChangeAt).toBe(next === null ? null : at(next));
}

describe('holiday modes', () => {
  it.each<[string, string, string | null, string | null]>([
    [
      'plays on the working day before',
      '2026-08-31T09:00+07:00',
      'hours',
      '2026-08-31T17:00+07:00',
    ],
    [
      'after it, waits past both holidays',
      '2026-08-31T18:00+07:00',
      null,
      '2026-09-03T07:00+07:00',
    ],
    ['does not play on a holiday', '2026-09-01T09:00+07:00', null, '2026-09-03T07:00+07:00'],
    ['nor on the next', '2026-09-02T09:00+07:00', null, '2026-09-03T07:00+07:00'],
    ['plays again the day after', '2026-09-03T07:00+07:00', 'hours', '2026-09-03T17:00+07:00'],
  ])('skip: %s', (_name, iso, expected, next) =>
    check([openingHours('skip')], iso, expected, next),
  );

  it('ignore: plays on holidays as on any day', () => {
    check([openingHours('ignore')], '2026-09-01T09:00+07:00', 'hours', '2026-09-01T17:00+07:00');
  });

  it.each<[string, string, string | null, string | null]>([
    ['waits for the first holiday', '2026-08-31T09:00+07:00', 'hours', '2026-08-31T17:00+07:00'],
    ['starts at its midnight', '2026-08-31T23:59+07:00', null, '2026-09-01T00:00+07:00'],
    ['plays through both holidays', '2026-09-01T09:00+07:00', 'closed', '2026-09-03T00:00+07:00'],
    ['over the opening hours', '2026-09-02T16:00+07:00', 'closed', '2026-09-03T00:00+07:00'],
    ['and stops after them, for good', '2026-09-03T00:00+07:00', null, '2026-09-03T07:00+07:00'],
  ])('only: %s', (_name, iso, expected, next) =>
    check([openingHours('skip'), closedToday], iso, expected, next),
  );

  it('only: never plays when no holiday lies ahead', () => {
    check([closedToday], '2026-09-03T09:00+07:00', null, null);
  });

  it('only: keeps just the holidays its weekdays or rule also choose', () => {
    const wednesdays = entry({ id: 'wed', weekdays: [3], holidayMode: 'only' });
    const firstOfMonth = entry({
      id: 'first',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
      holidayMode: 'only',
    });
    check([wednesdays], '2026-09-01T09:00+07:00', null, '2026-09-02T00:00+07:00');
    check([wednesdays], '2026-09-02T09:00+07:00', 'wed', '2026-09-03T00:00+07:00');
    check([firstOfMonth], '2026-08-20T09:00+07:00', null, '2026-09-01T00:00+07:00');
    check([firstOfMonth], '2026-09-01T09:00+07:00', 'first', '2026-09-02T00:00+07:00');
    check([firstOfMonth], '2026-09-02T09:00+07:00', null, null);
  });

  it('has no effect on a screen without holidays', () => {
    const screen = screenIn('Asia/Ho_Chi_Minh');
    check(
      [openingHours('skip'), closedToday],
      '2026-09-01T09:00+07:00',
      'hours',
      undefined,
      screen,
    );
  });
});

describe('a night window and holidays', () => {
  const night = (holidayMode: ScheduleEntry['holidayMode']) =>
    entry({ id: 'night', startTime: '22:00', endTime: '06:00', holidayMode });

  it('skip: the night that starts on the eve runs into the holiday morning', () => {
    check([night('skip')], '2026-09-01T05:00+07:00', 'night', '2026-09-01T06:00+07:00');
  });

  it('skip: the nights that start on holidays are left out', () => {
    check([night('skip')], '2026-09-01T23:00+07:00', null, '2026-09-03T22:00+07:00');
    check([night('skip')], '2026-09-03T01:00+07:00', null, '2026-09-03T22:00+07:00');
  });

  it('only: plays the nights that start on holidays, into the next morning', () => {
    check([night('only')], '2026-09-01T05:00+07:00', null, '2026-09-01T22:00+07:00');
    check([night('only')], '2026-09-03T05:00+07:00', 'night', '2026-09-03T06:00+07:00');
    check([night('only')], '2026-09-03T22:00+07:00', null, null);
  });
});

describe('a holiday is a date on the screen’s own calendar', () => {
  const skip = [entry({ id: 'all-day', holidayMode: 'skip' })];
  const instant = '2026-09-01T06:00+07:00';

  it('in Ho Chi Minh City the holiday has begun', () => {
    check(skip, instant, null, '2026-09-03T00:00+07:00');
  });

  it('in New York (still 31 August) it has not', () => {
    const newYork = screenIn('America/New_York', { holidays: HOLIDAYS });
    check(skip, instant, 'all-day', '2026-09-01T00:00-04:00', newYork);
  });

  it('the timeline of a DST zone closes exactly the local holiday', () => {
    const berlin = screenIn('Europe/Berlin', { holidays: ['2026-10-25'] });
    const segments = scheduleTimeline(
      skip,
      berlin,
      at('2026-10-24T12:00+02:00'),
      at('2026-10-27T00:00+01:00'),
    );
    expect(segments.map((s) => [new Date(s.from).toISOString(), s.entryId])).toEqual([
      ['2026-10-24T10:00:00.000Z', 'all-day'],
      ['2026-10-24T22:00:00.000Z', null],
      ['2026-10-25T23:00:00.000Z', 'all-day'],
    ]);
  });
});

describe('compileSchedule with holidays', () => {
  it('takes the holidays as an argument, for callers that compile once', () => {
    const compiled = compileSchedule([openingHours('skip')], HOLIDAYS);
    const screen = screenIn('Asia/Ho_Chi_Minh');
    expect(compiled.resolve(screen, at('2026-09-01T09:00+07:00')).entryId).toBeNull();
  });
});
