import { describe, expect, it } from 'vitest';
import { resolveSchedule } from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';
import { at, entry, HO_CHI_MINH } from './schedule-fixtures.js';

/** Which entry plays at each instant (null: the default), and the next change reported. */
function check(
  entries: ScheduleEntry[],
  iso: string,
  expected: string | null,
  next?: string | null,
) {
  const result = resolveSchedule(entries, HO_CHI_MINH, at(iso));
  expect(result.entryId).toBe(expected);
  if (next !== undefined) expect(result.nextChangeAt).toBe(next === null ? null : at(next));
}

describe('a window crossing midnight belongs to the day it starts', () => {
  // 2026-03-06 is a Friday.
  const fridayNight = [
    entry({ id: 'friday-night', weekdays: [5], startTime: '22:00', endTime: '02:00' }),
  ];
  it.each<[string, string, string | null, string | null]>([
    [
      'Friday 01:00 (Thursday night) is off',
      '2026-03-06T01:00+07:00',
      null,
      '2026-03-06T22:00+07:00',
    ],
    ['Friday 21:59 is off', '2026-03-06T21:59+07:00', null, '2026-03-06T22:00+07:00'],
    ['Friday 22:00 is on', '2026-03-06T22:00+07:00', 'friday-night', '2026-03-07T02:00+07:00'],
    ['Saturday 01:00 is on', '2026-03-07T01:00+07:00', 'friday-night', '2026-03-07T02:00+07:00'],
    [
      'Saturday 01:59:59.999 is on',
      '2026-03-07T01:59:59.999+07:00',
      'friday-night',
      '2026-03-07T02:00+07:00',
    ],
    ['Saturday 02:00 is off', '2026-03-07T02:00+07:00', null, '2026-03-13T22:00+07:00'],
  ])('%s', (_name, iso, expected, next) => check(fridayNight, iso, expected, next));

  it('keeps its after-midnight part past the end date', () => {
    const nightly = [
      entry({ id: 'nightly', startTime: '22:00', endTime: '02:00', endDate: '2026-03-12' }),
    ];
    check(nightly, '2026-03-13T01:00+07:00', 'nightly', '2026-03-13T02:00+07:00');
    check(nightly, '2026-03-13T22:00+07:00', null, null);
  });

  it('leaves out the after-midnight part of the day before the start date', () => {
    const nightly = [
      entry({ id: 'nightly', startTime: '22:00', endTime: '02:00', startDate: '2026-03-10' }),
    ];
    check(nightly, '2026-03-10T01:00+07:00', null, '2026-03-10T22:00+07:00');
  });

  it('runs a full day when the end equals the start, joining consecutive days', () => {
    const rolling = [entry({ id: 'rolling', startTime: '08:00', endTime: '08:00' })];
    check(rolling, '2026-03-10T07:59+07:00', 'rolling', null);
  });
});

describe('date range edges', () => {
  const range = [entry({ id: 'range', startDate: '2026-03-10', endDate: '2026-03-12' })];
  it.each<[string, string, string | null, string | null]>([
    [
      'the last instant before the first day',
      '2026-03-09T23:59:59.999+07:00',
      null,
      '2026-03-10T00:00+07:00',
    ],
    [
      'the first instant of the first day',
      '2026-03-10T00:00+07:00',
      'range',
      '2026-03-13T00:00+07:00',
    ],
    ['the middle day', '2026-03-11T12:00+07:00', 'range', '2026-03-13T00:00+07:00'],
    [
      'the last instant of the last day',
      '2026-03-12T23:59:59.999+07:00',
      'range',
      '2026-03-13T00:00+07:00',
    ],
    ['the first instant after the last day', '2026-03-13T00:00+07:00', null, null],
  ])('%s', (_name, iso, expected, next) => check(range, iso, expected, next));

  it('leaves the start open when there is no start date', () => {
    check(
      [entry({ id: 'until', endDate: '2026-03-12' })],
      '2020-01-01T00:00+07:00',
      'until',
      '2026-03-13T00:00+07:00',
    );
  });

  it('evaluates the zone of the screen, not of the host', () => {
    // 2026-03-09T17:30Z is the 10th in Ho Chi Minh City and still the 9th in UTC and New York.
    const instant = at('2026-03-09T17:30Z');
    expect(resolveSchedule(range, HO_CHI_MINH, instant).entryId).toBe('range');
    expect(resolveSchedule(range, { ...HO_CHI_MINH, timeZone: 'UTC' }, instant).entryId).toBe(null);
  });
});

describe('weekdays and daily windows', () => {
  const officeHours = [
    entry({ id: 'mwf', weekdays: [1, 3, 5], startTime: '08:00', endTime: '17:00' }),
  ];
  it.each<[string, string, string | null, string | null]>([
    ['Monday 08:00', '2026-03-02T08:00+07:00', 'mwf', '2026-03-02T17:00+07:00'],
    ['Monday 16:59:59.999', '2026-03-02T16:59:59.999+07:00', 'mwf', '2026-03-02T17:00+07:00'],
    ['Monday 17:00', '2026-03-02T17:00+07:00', null, '2026-03-04T08:00+07:00'],
    ['Tuesday 10:00', '2026-03-03T10:00+07:00', null, '2026-03-04T08:00+07:00'],
    ['Friday 12:00', '2026-03-06T12:00+07:00', 'mwf', '2026-03-06T17:00+07:00'],
    ['Sunday 10:00', '2026-03-08T10:00+07:00', null, '2026-03-09T08:00+07:00'],
  ])('%s', (_name, iso, expected, next) => check(officeHours, iso, expected, next));

  it('reads 24:00 as the end of the day', () => {
    const evening = [entry({ id: 'evening', startTime: '20:00', endTime: '24:00' })];
    check(evening, '2026-03-02T23:59:59.999+07:00', 'evening', '2026-03-03T00:00+07:00');
    check(evening, '2026-03-03T00:00+07:00', null, '2026-03-03T20:00+07:00');
  });

  it('never changes when an all-day, every-day entry is all there is', () => {
    check([entry({ id: 'always' })], '2026-03-02T09:00+07:00', 'always', null);
  });

  it('merges whole days of a weekday run into one change', () => {
    const workweek = [entry({ id: 'workweek', weekdays: [1, 2, 3, 4, 5] })];
    check(workweek, '2026-03-02T09:00+07:00', 'workweek', '2026-03-07T00:00+07:00');
    check(workweek, '2026-03-07T09:00+07:00', null, '2026-03-09T00:00+07:00');
  });

  it('reports the next change when another entry takes over at the same instant', () => {
    const handover = [
      entry({ id: 'morning', startTime: '07:00', endTime: '12:00' }),
      entry({ id: 'afternoon', startTime: '12:00', endTime: '17:00' }),
    ];
    check(handover, '2026-03-02T09:00+07:00', 'morning', '2026-03-02T12:00+07:00');
    check(handover, '2026-03-02T12:00+07:00', 'afternoon', '2026-03-02T17:00+07:00');
  });

  it('reports a change in the losing entries, since the overlap list is part of the answer', () => {
    const entries = [
      entry({ id: 'main', priority: 5 }),
      entry({ id: 'quiet', startTime: '10:00', endTime: '11:00' }),
    ];
    const result = resolveSchedule(entries, HO_CHI_MINH, at('2026-03-02T09:00+07:00'));
    expect(result.nextChangeAt).toBe(at('2026-03-02T10:00+07:00'));
  });
});
