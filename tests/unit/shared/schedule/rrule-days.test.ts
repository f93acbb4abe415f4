import { describe, expect, it } from 'vitest';
import { dateOfDay, dayFromDate } from '../../../../shared/src/schedule/local-day.js';
import { rruleDaySet } from '../../../../shared/src/schedule/rrule-days.js';

/** The dates (YYYY-MM-DD) the rule produces in [from, to] when DTSTART is `start`. */
function dates(rule: string, start: string, from: string, to: string): string[] {
  const set = rruleDaySet(rule, dayFromDate(start));
  const found: string[] = [];
  for (let day = dayFromDate(from); day <= dayFromDate(to); day++) {
    if (set.has(day)) found.push(dateOfDay(day).toISOString().slice(0, 10));
  }
  return found;
}

describe('rruleDaySet', () => {
  // Each expectation follows RFC 5545 §3.3.10 (and agrees with the RFC oracle test).
  it.each<[string, string, string, string, string, string[]]>([
    [
      'ISO week 1 (WKST=MO) starts in December when 1 January is a Thursday',
      'FREQ=YEARLY;BYWEEKNO=1',
      '2025-12-01',
      '2025-12-25',
      '2026-01-12',
      [
        '2025-12-29',
        '2025-12-30',
        '2025-12-31',
        '2026-01-01',
        '2026-01-02',
        '2026-01-03',
        '2026-01-04',
      ],
    ],
    [
      'with WKST=SU the same new year leaves only 3 days, so week 1 starts on 4 January',
      'FREQ=YEARLY;BYWEEKNO=1;WKST=SU',
      '2025-12-01',
      '2025-12-25',
      '2026-01-12',
      [
        '2026-01-04',
        '2026-01-05',
        '2026-01-06',
        '2026-01-07',
        '2026-01-08',
        '2026-01-09',
        '2026-01-10',
      ],
    ],
    [
      'BYWEEKNO=-1 with WKST=SU takes early January days of the last week of the year before',
      'FREQ=YEARLY;BYWEEKNO=-1;WKST=SU',
      '2025-12-01',
      '2025-12-20',
      '2026-01-12',
      [
        '2025-12-28',
        '2025-12-29',
        '2025-12-30',
        '2025-12-31',
        '2026-01-01',
        '2026-01-02',
        '2026-01-03',
      ],
    ],
    [
      'a yearly week-1 Sunday can fall in the December before',
      'FREQ=YEARLY;BYWEEKNO=1;WKST=SU;BYDAY=SU',
      '2023-01-02',
      '2023-01-01',
      '2026-12-31',
      ['2023-12-31', '2024-12-29', '2026-01-04'],
    ],
    [
      'BYSETPOS=-1 picks the last weekday of each month',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      '2026-01-01',
      '2026-01-01',
      '2026-05-31',
      ['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29'],
    ],
    [
      'BYMONTHDAY=-1 is the last day of each month',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      '2028-01-15',
      '2028-01-01',
      '2028-04-30',
      ['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30'],
    ],
    [
      'YEARLY;BYDAY=20MO counts Mondays within the year',
      'FREQ=YEARLY;BYDAY=20MO',
      '2026-01-01',
      '2026-01-01',
      '2028-12-31',
      ['2026-05-18', '2027-05-17', '2028-05-15'],
    ],
    [
      'YEARLY with BYMONTH counts BYDAY numbers within the month',
      'FREQ=YEARLY;BYMONTH=9;BYDAY=1MO',
      '2026-01-01',
      '2026-01-01',
      '2027-12-31',
      ['2026-09-07', '2027-09-06'],
    ],
    [
      'MONTHLY;BYDAY=-1FR;INTERVAL=2 takes the last Friday of every other month from the start',
      'FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=2',
      '2026-01-20',
      '2026-01-01',
      '2026-07-31',
      ['2026-01-30', '2026-03-27', '2026-05-29', '2026-07-31'],
    ],
    [
      'COUNT does not count a start day that does not match',
      'FREQ=WEEKLY;BYDAY=MO;COUNT=3',
      '2026-03-04',
      '2026-03-01',
      '2026-04-30',
      ['2026-03-09', '2026-03-16', '2026-03-23'],
    ],
    [
      'UNTIL includes its own day',
      'FREQ=DAILY;UNTIL=20260306',
      '2026-03-04',
      '2026-03-01',
      '2026-03-10',
      ['2026-03-04', '2026-03-05', '2026-03-06'],
    ],
    [
      'a local UNTIL at midnight still includes an all-day occurrence that day',
      'FREQ=DAILY;UNTIL=20260306T000000',
      '2026-03-04',
      '2026-03-01',
      '2026-03-10',
      ['2026-03-04', '2026-03-05', '2026-03-06'],
    ],
    [
      'a weekly BYSETPOS counts from WKST, so BYSETPOS=1 of the start week is its unplayed Monday',
      'FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=1',
      '2026-03-04',
      '2026-03-01',
      '2026-03-20',
      ['2026-03-09', '2026-03-16'],
    ],
    [
      'a yearly rule with only BYMONTH takes the day of the month from the start',
      'FREQ=YEARLY;BYMONTH=3',
      '2026-01-31',
      '2026-01-01',
      '2027-12-31',
      ['2026-03-31', '2027-03-31'],
    ],
    [
      'BYYEARDAY counts from either end of the year, leap day included',
      'FREQ=YEARLY;BYYEARDAY=-1,60',
      '2027-01-01',
      '2027-01-01',
      '2028-12-31',
      ['2027-03-01', '2027-12-31', '2028-02-29', '2028-12-31'],
    ],
    [
      'a negative BYSETPOS beyond the matching days picks none (March 2026 has five Mondays)',
      'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-5',
      '2026-01-01',
      '2026-01-01',
      '2026-03-31',
      ['2026-03-02'],
    ],
    [
      'a day two BYSETPOS positions pick is one occurrence and counts once towards COUNT',
      'FREQ=MONTHLY;BYMONTHDAY=1;BYSETPOS=1,-1;COUNT=3',
      '2026-01-01',
      '2026-01-01',
      '2026-12-31',
      ['2026-01-01', '2026-02-01', '2026-03-01'],
    ],
    [
      'plain and numbered BYDAY entries pick their union',
      'FREQ=MONTHLY;BYDAY=MO,1FR',
      '2026-03-01',
      '2026-03-01',
      '2026-03-31',
      ['2026-03-02', '2026-03-06', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'],
    ],
    [
      'BYWEEKNO=53 picks the 53rd ISO week, only in years that have one',
      'FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO',
      '2026-01-01',
      '2026-01-01',
      '2032-12-31',
      ['2026-12-28', '2032-12-27'],
    ],
    [
      'BYWEEKNO=-53 is week 1 in a year of 53 weeks',
      'FREQ=YEARLY;BYWEEKNO=-53;BYDAY=TH',
      '2026-01-01',
      '2026-01-01',
      '2027-12-31',
      ['2026-01-01'],
    ],
  ])('%s', (_name, rule, start, from, to, expected) => {
    expect(dates(rule, start, from, to)).toEqual(expected);
  });

  it('keeps the phase of an open-ended rule that started a century ago (every Monday)', () => {
    const set = rruleDaySet('FREQ=DAILY;INTERVAL=7', dayFromDate('1900-01-01'));
    expect(set.next(dayFromDate('2026-03-03'), dayFromDate('2026-04-01'))).toBe(
      dayFromDate('2026-03-09'),
    );
  });

  describe('a rule that never produces a day', () => {
    const start = dayFromDate('2026-01-01');

    it.each([
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=MONTHLY;BYDAY=6MO',
    ])('finds nothing up to the limit (%s)', (rule) => {
      expect(rruleDaySet(rule, start).next(start, start + 3650)).toBeGreaterThan(start + 3650);
    });

    it.each([
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=5',
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=5',
      'FREQ=WEEKLY;BYMONTHDAY=31;BYMONTH=4;COUNT=2',
    ])('with COUNT, knows it has no day ever (%s)', (rule) => {
      expect(rruleDaySet(rule, start).next(start, start + 10)).toBe(Number.POSITIVE_INFINITY);
    });
  });

  it('produces no day for an invalid rule', () => {
    const start = dayFromDate('2026-01-01');
    expect(rruleDaySet('FREQ=DAILY;BYHOUR=9', start).next(start, start + 10)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
