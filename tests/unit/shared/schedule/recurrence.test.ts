import { describe, expect, it } from 'vitest';
import {
  resolveSchedule,
  validateRrule,
} from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';
import { at, entry, HO_CHI_MINH, NEW_YORK } from './schedule-fixtures.js';

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

describe('every first Monday (FREQ=MONTHLY;BYDAY=1MO)', () => {
  const citizenDay = [
    entry({
      id: 'first-monday',
      rrule: 'FREQ=MONTHLY;BYDAY=1MO',
      startTime: '08:00',
      endTime: '10:00',
    }),
  ];
  it.each<[string, string, string | null, string | null]>([
    [
      'on the first Monday of March',
      '2026-03-02T09:00+07:00',
      'first-monday',
      '2026-03-02T10:00+07:00',
    ],
    ['after it, waiting for April', '2026-03-02T10:00+07:00', null, '2026-04-06T08:00+07:00'],
    ['on the second Monday', '2026-03-09T09:00+07:00', null, '2026-04-06T08:00+07:00'],
    [
      'on the first Monday of April',
      '2026-04-06T08:00+07:00',
      'first-monday',
      '2026-04-06T10:00+07:00',
    ],
    [
      'on the first Monday of 2027',
      '2027-01-04T09:00+07:00',
      'first-monday',
      '2027-01-04T10:00+07:00',
    ],
  ])('%s', (_name, iso, expected, next) => check(citizenDay, iso, expected, next));
});

describe('weekdays except public holidays', () => {
  const holidays = ['2026-04-30', '2026-05-01'];
  it.each<[string, Partial<ScheduleEntry>]>([
    ['with a rule', { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
    ['with weekdays', { weekdays: [1, 2, 3, 4, 5] }],
  ])('skips the holidays %s', (_name, days) => {
    const office = [
      entry({ id: 'office', ...days, exdates: holidays, startTime: '07:00', endTime: '17:00' }),
    ];
    check(office, '2026-04-29T09:00+07:00', 'office', '2026-04-29T17:00+07:00');
    check(office, '2026-04-29T17:00+07:00', null, '2026-05-04T07:00+07:00');
    check(office, '2026-04-30T09:00+07:00', null);
    check(office, '2026-05-01T09:00+07:00', null);
    check(office, '2026-05-04T07:00+07:00', 'office');
  });

  it('ends an all-day run at a holiday', () => {
    const office = [entry({ id: 'office', weekdays: [1, 2, 3, 4, 5], exdates: holidays })];
    check(office, '2026-04-27T09:00+07:00', 'office', '2026-04-30T00:00+07:00');
  });
});

describe('rule details', () => {
  it.each<[string, Partial<ScheduleEntry>, string, string | null]>([
    [
      'DTSTART is the start date (every other Monday, on)',
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', startDate: '2026-03-02' },
      '2026-03-16T09:00+07:00',
      'rule',
    ],
    [
      'DTSTART is the start date (every other Monday, off)',
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', startDate: '2026-03-02' },
      '2026-03-09T09:00+07:00',
      null,
    ],
    [
      'COUNT limits the days (third day)',
      { rrule: 'FREQ=DAILY;COUNT=3', startDate: '2026-03-02' },
      '2026-03-04T09:00+07:00',
      'rule',
    ],
    [
      'COUNT limits the days (fourth day)',
      { rrule: 'FREQ=DAILY;COUNT=3', startDate: '2026-03-02' },
      '2026-03-05T09:00+07:00',
      null,
    ],
    [
      'UNTIL includes its day',
      { rrule: 'FREQ=DAILY;UNTIL=20260304' },
      '2026-03-04T23:00+07:00',
      'rule',
    ],
    [
      'UNTIL ends after its day',
      { rrule: 'FREQ=DAILY;UNTIL=20260304' },
      '2026-03-05T01:00+07:00',
      null,
    ],
    [
      'an RRULE: prefix and lower case are accepted',
      { rrule: 'rrule:freq=weekly;byday=mo' },
      '2026-03-02T09:00+07:00',
      'rule',
    ],
    [
      'a yearly rule without a start date falls on 3 January (the anchor)',
      { rrule: 'FREQ=YEARLY' },
      '2026-01-03T09:00+07:00',
      'rule',
    ],
    [
      'an every-third-day rule from 1990 still lands on 2026-03-02 (day 13,209)',
      { rrule: 'FREQ=DAILY;INTERVAL=3', startDate: '1990-01-01' },
      '2026-03-02T09:00+07:00',
      'rule',
    ],
    [
      'an every-third-day rule from 1990 skips 2026-03-03',
      { rrule: 'FREQ=DAILY;INTERVAL=3', startDate: '1990-01-01' },
      '2026-03-03T09:00+07:00',
      null,
    ],
    [
      'a monthly rule from 2001 on the 31st skips short months (April)',
      { rrule: 'FREQ=MONTHLY', startDate: '2001-01-31' },
      '2026-04-30T09:00+07:00',
      null,
    ],
    [
      'a monthly rule from 2001 on the 31st keeps long months (May)',
      { rrule: 'FREQ=MONTHLY', startDate: '2001-01-31' },
      '2026-05-31T09:00+07:00',
      'rule',
    ],
  ])('%s', (_name, overrides, iso, expected) => {
    check([entry({ id: 'rule', ...overrides })], iso, expected);
  });

  it('agrees with the rule on every day of a year for an interval rule starting long ago', () => {
    const rule = [entry({ id: 'rule', rrule: 'FREQ=DAILY;INTERVAL=3', startDate: '1990-01-01' })];
    const start = Date.UTC(1990, 0, 1) / 86_400_000;
    for (
      let day = Date.UTC(2026, 0, 1) / 86_400_000;
      day < Date.UTC(2027, 0, 1) / 86_400_000;
      day++
    ) {
      const noon = day * 86_400_000 + 5 * 3_600_000;
      const expected = (day - start) % 3 === 0 ? 'rule' : null;
      expect(resolveSchedule(rule, HO_CHI_MINH, noon).entryId).toBe(expected);
    }
  });
});

describe('UNTIL bounds the start of each occurrence', () => {
  const daily = (until: string, startTime: string) =>
    entry({
      id: 'daily',
      startDate: '2026-03-01',
      rrule: `FREQ=DAILY;UNTIL=${until}`,
      startTime,
      endTime: '23:00',
    });
  const activeAt = (rule: ScheduleEntry, iso: string, screen = HO_CHI_MINH) =>
    resolveSchedule([rule], screen, at(iso)).entryId === 'daily';

  it('as a UTC instant: a local start after it does not play (Ho Chi Minh, UTC+7)', () => {
    // 09:00 on 10 March is 02:00Z, after 01:00Z; the calendar date alone said it played.
    const rule = daily('20260310T010000Z', '09:00');
    expect(activeAt(rule, '2026-03-09T10:00+07:00')).toBe(true);
    expect(activeAt(rule, '2026-03-10T10:00+07:00')).toBe(false);
  });

  it('as a UTC instant: a local start on the next local date still plays', () => {
    // 05:00 on 10 March in Ho Chi Minh is 22:00Z on 9 March, before 23:00Z.
    const rule = daily('20260309T230000Z', '05:00');
    expect(activeAt(rule, '2026-03-10T06:00+07:00')).toBe(true);
    expect(activeAt(rule, '2026-03-11T06:00+07:00')).toBe(false);
  });

  it('as a UTC instant, in the zone of each screen (New York, after its DST change)', () => {
    // 09:00 EDT is 13:00Z: 10 March plays until 14:00Z, 11 March does not.
    const rule = daily('20260310T140000Z', '09:00');
    expect(activeAt(rule, '2026-03-10T10:00-04:00', NEW_YORK)).toBe(true);
    expect(activeAt(rule, '2026-03-11T10:00-04:00', NEW_YORK)).toBe(false);
    // In Ho Chi Minh 09:00 on 10 March is 02:00Z, so it plays there too, but not the 11th.
    expect(activeAt(rule, '2026-03-10T10:00+07:00')).toBe(true);
    expect(activeAt(rule, '2026-03-11T10:00+07:00')).toBe(false);
  });

  it('as a DATE: the whole local date plays', () => {
    const rule = daily('20260310', '22:00');
    expect(activeAt(rule, '2026-03-10T22:30+07:00')).toBe(true);
    expect(activeAt(rule, '2026-03-11T22:30+07:00')).toBe(false);
  });
});

describe('validateRrule', () => {
  it.each([
    'FREQ=MONTHLY;BYDAY=1MO',
    'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=DAILY;INTERVAL=2;COUNT=10',
    'FREQ=WEEKLY;WKST=SU;BYDAY=SU',
    'FREQ=MONTHLY;BYWEEKDAY=+1MO',
    'FREQ=YEARLY;BYWEEKNO=1,-1;BYYEARDAY=-1;UNTIL=20301231T235959Z',
    'FREQ=DAILY;UNTIL=20261231T170000',
  ])('accepts %j', (rule) => {
    expect(validateRrule(rule, '2026-01-01')).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['FOO', /KEY=VALUE/],
    ['FREQ=FORTNIGHTLY', /FREQ/],
    ['FREQ=HOURLY', /FREQ must be/],
    ['BYDAY=MO', /FREQ is required/],
    ['FREQ=DAILY;BYHOUR=9', /BYHOUR is not supported/],
    ['FREQ=WEEKLY;BYDAY=XX', /weekday/i],
    ['FREQ=DAILY;BYDAY=1MO', /MONTHLY or FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY/],
    ['FREQ=DAILY;COUNT=0', /COUNT/],
    ['FREQ=DAILY;INTERVAL=x', /INTERVAL/],
    ['FREQ=DAILY;UNTIL=tomorrow', /UNTIL/],
    ['DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY', /./],
    ['FREQ=DAILY;DTSTART=20260101', /DTSTART is not supported/],
    ['FREQ=DAILY;RSCALE=GREGORIAN', /RSCALE/],
    ['FREQ=WEEKLY;BYDAY=MO,', /BYDAY/],
    ['FREQ=MONTHLY;BYDAY=0MO', /BYDAY numbers/],
    ['FREQ=DAILY;INTERVAL=1001', /INTERVAL/],
    // What RFC 5545 §3.3.10 forbids, each refusal naming the part:
    ['FREQ=DAILY;COUNT=3;UNTIL=20261231', /COUNT and UNTIL/],
    ['FREQ=MONTHLY;BYWEEKNO=1', /BYWEEKNO is not allowed with FREQ=MONTHLY/],
    ['FREQ=DAILY;BYWEEKNO=1', /BYWEEKNO/],
    ['FREQ=WEEKLY;BYWEEKNO=1', /BYWEEKNO/],
    ['FREQ=DAILY;BYYEARDAY=1', /BYYEARDAY is not allowed with FREQ=DAILY/],
    ['FREQ=WEEKLY;BYYEARDAY=1', /BYYEARDAY/],
    ['FREQ=MONTHLY;BYYEARDAY=1', /BYYEARDAY/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY is not allowed with FREQ=WEEKLY/],
    ['FREQ=WEEKLY;BYDAY=MO;BYDAY=TU', /BYDAY is given twice/],
    ['FREQ=WEEKLY;FREQ=DAILY', /FREQ is given twice/],
    ['FREQ=DAILY;UNTIL=20261399', /UNTIL must be a real date/],
    ['FREQ=DAILY;UNTIL=20260230', /UNTIL/],
    ['FREQ=DAILY;UNTIL=20261231T250000Z', /UNTIL/],
    ['FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO', /BYDAY with a number .* BYWEEKNO/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS needs another BY part/],
  ])('rejects %j with a message', (rule, message) => {
    expect(validateRrule(rule, '2026-01-01')).toMatch(message);
  });

  it('refuses COUNT without a start date to count from', () => {
    expect(validateRrule('FREQ=DAILY;COUNT=3', null)).toMatch(/COUNT needs a start date/);
    expect(validateRrule('FREQ=DAILY;COUNT=3', '2026-01-01')).toBeNull();
  });

  it('accepts a rule that never produces a day without searching for one', () => {
    // The rrule library searched such a rule up to the year 9999 (about 20 s).
    expect(validateRrule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')).toBeNull();
  });
});
