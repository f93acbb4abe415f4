import { describe, expect, it } from 'vitest';
import {
  resolveSchedule,
  type ScheduleScreen,
} from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';
import { at, BERLIN, entry, HO_CHI_MINH, NEW_YORK, screenIn } from './schedule-fixtures.js';

type Row = [
  name: string,
  window: Partial<ScheduleEntry>,
  iso: string,
  active: boolean,
  next: string | null,
];

function check(
  screen: ScheduleScreen,
  window: Partial<ScheduleEntry>,
  iso: string,
  active: boolean,
  next: string | null,
) {
  const result = resolveSchedule([entry({ id: 'window', ...window })], screen, at(iso));
  expect(result.entryId).toBe(active ? 'window' : null);
  expect(result.nextChangeAt).toBe(next === null ? null : at(next));
}

const springNY = { startDate: '2026-03-08', endDate: '2026-03-08' };
const fallNY = { startDate: '2026-11-01', endDate: '2026-11-01' };

describe('America/New_York springs forward on 2026-03-08 (02:00 EST becomes 03:00 EDT at 07:00Z)', () => {
  it.each<Row>([
    ['the short day starts at 00:00 EST', springNY, '2026-03-08T05:00Z', true, '2026-03-09T04:00Z'],
    [
      'and not a millisecond earlier',
      springNY,
      '2026-03-08T04:59:59.999Z',
      false,
      '2026-03-08T05:00Z',
    ],
    [
      'a start inside the gap (02:30) is read with the offset before it (RFC 5545 §3.3.5)',
      { ...springNY, startTime: '02:30', endTime: '04:00' },
      '2026-03-08T07:29Z',
      false,
      '2026-03-08T07:30Z',
    ],
    [
      'which is 03:30 EDT',
      { ...springNY, startTime: '02:30', endTime: '04:00' },
      '2026-03-08T07:30Z',
      true,
      '2026-03-08T08:00Z',
    ],
    [
      'a start the gap moves past its end (02:30–03:15) keeps its 45 minutes',
      { ...springNY, startTime: '02:30', endTime: '03:15' },
      '2026-03-08T07:30Z',
      true,
      '2026-03-08T08:15Z',
    ],
    [
      '01:00–03:00 lasts one hour',
      { ...springNY, startTime: '01:00', endTime: '03:00' },
      '2026-03-08T06:30Z',
      true,
      '2026-03-08T07:00Z',
    ],
    [
      'a window wholly inside the gap is shifted by it, not dropped: 02:00 EST is 03:00 EDT',
      { startTime: '02:00', endTime: '02:45' },
      '2026-03-08T05:30Z',
      false,
      '2026-03-08T07:00Z',
    ],
    [
      'and lasts its 45 minutes',
      { startTime: '02:00', endTime: '02:45' },
      '2026-03-08T07:00Z',
      true,
      '2026-03-08T07:45Z',
    ],
    [
      'a night window ending in the gap (02:30) ends at 03:30 EDT',
      { startTime: '22:00', endTime: '02:30' },
      '2026-03-08T07:29Z',
      true,
      '2026-03-08T07:30Z',
    ],
  ])('%s', (_name, window, iso, active, next) => check(NEW_YORK, window, iso, active, next));
});

describe('America/New_York falls back on 2026-11-01 (02:00 EDT becomes 01:00 EST at 06:00Z)', () => {
  it.each<Row>([
    ['the long day lasts 25 hours', fallNY, '2026-11-01T04:00Z', true, '2026-11-02T05:00Z'],
    [
      'an ambiguous start (01:30) takes its first occurrence',
      { ...fallNY, startTime: '01:30', endTime: '03:00' },
      '2026-11-01T05:30Z',
      true,
      '2026-11-01T08:00Z',
    ],
    [
      'and stays on through the repeated hour',
      { ...fallNY, startTime: '01:30', endTime: '03:00' },
      '2026-11-01T06:15Z',
      true,
      '2026-11-01T08:00Z',
    ],
    [
      'an ambiguous end (01:30) takes its first occurrence',
      { ...fallNY, startTime: '00:00', endTime: '01:30' },
      '2026-11-01T05:29Z',
      true,
      '2026-11-01T05:30Z',
    ],
    [
      'so the repeated 01:10 EST is off',
      { ...fallNY, startTime: '00:00', endTime: '01:30' },
      '2026-11-01T06:10Z',
      false,
      null,
    ],
  ])('%s', (_name, window, iso, active, next) => check(NEW_YORK, window, iso, active, next));
});

describe('Europe/Berlin springs forward on 2026-03-29 (02:00 CET becomes 03:00 CEST at 01:00Z)', () => {
  it.each<Row>([
    [
      'a Saturday-night window ending in the gap (02:30) ends at 03:30 CEST',
      { weekdays: [6], startTime: '22:00', endTime: '02:30' },
      '2026-03-29T01:29Z',
      true,
      '2026-03-29T01:30Z',
    ],
    [
      'and is off after it',
      { weekdays: [6], startTime: '22:00', endTime: '02:30' },
      '2026-03-29T01:30Z',
      false,
      '2026-04-04T20:00Z',
    ],
    [
      'office hours move an hour earlier in UTC',
      { startTime: '08:00', endTime: '17:00' },
      '2026-03-28T16:00Z',
      false,
      '2026-03-29T06:00Z',
    ],
    [
      'a window wholly inside the gap (02:15–02:45) runs 03:15–03:45 CEST',
      { startTime: '02:15', endTime: '02:45' },
      '2026-03-29T00:30Z',
      false,
      '2026-03-29T01:15Z',
    ],
    [
      'for its 30 minutes',
      { startTime: '02:15', endTime: '02:45' },
      '2026-03-29T01:15Z',
      true,
      '2026-03-29T01:45Z',
    ],
  ])('%s', (_name, window, iso, active, next) => check(BERLIN, window, iso, active, next));
});

describe('Australia/Lord_Howe springs forward half an hour on 2026-10-04 (02:00 +10:30 becomes 02:30 +11 at 15:30Z)', () => {
  const lordHowe = screenIn('Australia/Lord_Howe');
  it.each<Row>([
    [
      'a window wholly inside the gap (02:10–02:20) starts at 02:10 +10:30, which is 02:40 +11',
      { startTime: '02:10', endTime: '02:20' },
      '2026-10-03T15:39Z',
      false,
      '2026-10-03T15:40Z',
    ],
    [
      'and lasts its 10 minutes',
      { startTime: '02:10', endTime: '02:20' },
      '2026-10-03T15:40Z',
      true,
      '2026-10-03T15:50Z',
    ],
    [
      'a start at 02:00 is the transition itself',
      { startTime: '02:00', endTime: '03:00' },
      '2026-10-03T15:29Z',
      false,
      '2026-10-03T15:30Z',
    ],
  ])('%s', (_name, window, iso, active, next) => check(lordHowe, window, iso, active, next));
});

describe('Europe/Berlin falls back on 2026-10-25 (03:00 CEST becomes 02:00 CET at 01:00Z)', () => {
  it.each<Row>([
    [
      '02:30–03:30 starts at the first 02:30 and lasts two hours',
      { startDate: '2026-10-25', startTime: '02:30', endTime: '03:30' },
      '2026-10-25T00:30Z',
      true,
      '2026-10-25T02:30Z',
    ],
    [
      'office hours move an hour later in UTC',
      { startTime: '08:00', endTime: '17:00' },
      '2026-10-24T15:00Z',
      false,
      '2026-10-25T07:00Z',
    ],
    [
      'the long day runs to midnight CET',
      { startDate: '2026-10-25', endDate: '2026-10-25' },
      '2026-10-25T12:00Z',
      true,
      '2026-10-25T23:00Z',
    ],
  ])('%s', (_name, window, iso, active, next) => check(BERLIN, window, iso, active, next));
});

describe('Asia/Ho_Chi_Minh has no daylight saving time', () => {
  it.each<Row>([
    [
      'a day starts at 17:00Z the evening before',
      { startDate: '2026-03-08', endDate: '2026-03-08' },
      '2026-03-07T17:00Z',
      true,
      '2026-03-08T17:00Z',
    ],
    [
      '09:00 local is 02:00Z on the American change day',
      { startTime: '09:00', endTime: '10:00' },
      '2026-03-08T01:59Z',
      false,
      '2026-03-08T02:00Z',
    ],
    [
      'and on the European change day',
      { startTime: '09:00', endTime: '10:00' },
      '2026-10-25T02:00Z',
      true,
      '2026-10-25T03:00Z',
    ],
  ])('%s', (_name, window, iso, active, next) => check(HO_CHI_MINH, window, iso, active, next));
});

describe('Africa/Casablanca suspends its UTC+1 for Ramadan (2026-02-15 to 2026-03-22)', () => {
  const CASABLANCA = screenIn('Africa/Casablanca');
  const office = { startTime: '08:00', endTime: '09:00' };

  it.each<Row>([
    ['08:00 is 07:00Z before', office, '2026-02-14T06:59Z', false, '2026-02-14T07:00Z'],
    [
      '08:00Z on the first day back at UTC',
      office,
      '2026-02-15T07:30Z',
      false,
      '2026-02-15T08:00Z',
    ],
    ['and through the month', office, '2026-03-05T08:30Z', true, '2026-03-05T09:00Z'],
    ['07:00Z again once UTC+1 returns', office, '2026-03-22T06:59Z', false, '2026-03-22T07:00Z'],
  ])('%s', (_name, window, iso, active, next) => check(CASABLANCA, window, iso, active, next));

  it('starts the 08:00 window at the offset Intl reports, on every day around the month', () => {
    const offsetName = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Africa/Casablanca',
      timeZoneName: 'shortOffset',
    });
    const entries = [entry({ id: 'window', ...office })];
    for (let day = Date.parse('2026-02-01'); day <= Date.parse('2026-04-05'); day += 86_400_000) {
      const name = offsetName
        .formatToParts(day + 43_200_000)
        .find((part) => part.type === 'timeZoneName');
      const hours = Number(name?.value.replace('GMT', '') || 0);
      const start = day + (8 - hours) * 3_600_000;
      const result = resolveSchedule(entries, CASABLANCA, start - 60_000);
      expect(result.nextChangeAt, new Date(day).toISOString()).toBe(start);
    }
  });
});
