import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompiledEntry } from '../../../../shared/src/schedule/compiled-entry.js';
import { dateOfDay, dayFromDate } from '../../../../shared/src/schedule/local-day.js';
import { scheduleTimeline } from '../../../../shared/src/schedule/resolve-schedule.js';
import { validateRrule } from '../../../../shared/src/schedule/validate-rrule.js';
import { zoneCalendar } from '../../../../shared/src/schedule/zone-calendar.js';
import { localToInstant, rfcOccurrenceDays } from '../../../helpers/rfc-recurrence-oracle.js';
import { entry, screenIn } from './schedule-fixtures.js';

const isoDate = (day: number) => dateOfDay(day).toISOString().slice(0, 10);
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** The days the fast evaluator plays in [from, to]: an entry starting `startDay` at `minute`. */
function fastDays(
  rrule: string,
  startDay: number,
  minute: number,
  timeZone: string,
  from: number,
  to: number,
): number[] {
  const compiled = new CompiledEntry(
    entry({
      id: 'rule',
      startDate: isoDate(startDay),
      startTime: hhmm(minute),
      endTime: hhmm((minute + 60) % 1440),
      rrule,
    }),
    [],
  );
  const calendar = zoneCalendar(timeZone);
  const days: number[] = [];
  for (let day = from; day <= to; day++) if (compiled.isValidDay(day, calendar)) days.push(day);
  return days;
}

function oracleDays(
  rrule: string,
  startDay: number,
  minute: number,
  timeZone: string,
  from: number,
  to: number,
): number[] {
  return rfcOccurrenceDays(rrule, { day: startDay, minute, timeZone }, to).filter((d) => d >= from);
}

/** "1997-09 2-11,15" → 1997-09-02 … 1997-09-11 and 1997-09-15, as day numbers. */
function listedDays(lines: readonly string[]): number[] {
  return lines.flatMap((line) => {
    const [month = '', days = ''] = line.split(' ');
    return days.split(',').flatMap((part) => {
      const [first = 0, last = first] = part.split('-').map(Number);
      return Array.from({ length: last - first + 1 }, (_, i) =>
        dayFromDate(`${month}-${String(first + i).padStart(2, '0')}`),
      );
    });
  });
}

/**
 * RFC 5545 §3.8.5.3, every example that chooses days (all at 09:00 in America/New_York), with
 * the dates the RFC lists; open-ended ones are compared up to the last date listed.
 */
const RFC_EXAMPLES: readonly [string, string, string, string, readonly string[]][] = [
  ['Daily for 10 occurrences', '1997-09-02', 'FREQ=DAILY;COUNT=10', '1997-12-31', ['1997-09 2-11']],
  [
    'Daily until December 24, 1997',
    '1997-09-02',
    'FREQ=DAILY;UNTIL=19971224T000000Z',
    '1998-01-31',
    ['1997-09 2-30', '1997-10 1-31', '1997-11 1-30', '1997-12 1-23'],
  ],
  [
    'Every other day - forever',
    '1997-09-02',
    'FREQ=DAILY;INTERVAL=2',
    '1997-12-03',
    [
      '1997-09 2,4,6,8,10,12,14,16,18,20,22,24,26,28,30',
      '1997-10 2,4,6,8,10,12,14,16,18,20,22,24,26,28,30',
      '1997-11 1,3,5,7,9,11,13,15,17,19,21,23,25,27,29',
      '1997-12 1,3',
    ],
  ],
  [
    'Every 10 days, 5 occurrences',
    '1997-09-02',
    'FREQ=DAILY;INTERVAL=10;COUNT=5',
    '1997-12-31',
    ['1997-09 2,12,22', '1997-10 2,12'],
  ],
  [
    'Every day in January, for 3 years (yearly form)',
    '1998-01-01',
    'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
    '2001-12-31',
    ['1998-01 1-31', '1999-01 1-31', '2000-01 1-31'],
  ],
  [
    'Every day in January, for 3 years (daily form)',
    '1998-01-01',
    'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1',
    '2001-12-31',
    ['1998-01 1-31', '1999-01 1-31', '2000-01 1-31'],
  ],
  [
    'Weekly for 10 occurrences',
    '1997-09-02',
    'FREQ=WEEKLY;COUNT=10',
    '1998-12-31',
    ['1997-09 2,9,16,23,30', '1997-10 7,14,21,28', '1997-11 4'],
  ],
  [
    'Weekly until December 24, 1997',
    '1997-09-02',
    'FREQ=WEEKLY;UNTIL=19971224T000000Z',
    '1998-12-31',
    ['1997-09 2,9,16,23,30', '1997-10 7,14,21,28', '1997-11 4,11,18,25', '1997-12 2,9,16,23'],
  ],
  [
    'Every other week - forever',
    '1997-09-02',
    'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
    '1998-02-17',
    [
      '1997-09 2,16,30',
      '1997-10 14,28',
      '1997-11 11,25',
      '1997-12 9,23',
      '1998-01 6,20',
      '1998-02 3,17',
    ],
  ],
  [
    'Weekly on Tuesday and Thursday for five weeks (UNTIL)',
    '1997-09-02',
    'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH',
    '1998-12-31',
    ['1997-09 2,4,9,11,16,18,23,25,30', '1997-10 2'],
  ],
  [
    'Weekly on Tuesday and Thursday for five weeks (COUNT)',
    '1997-09-02',
    'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
    '1998-12-31',
    ['1997-09 2,4,9,11,16,18,23,25,30', '1997-10 2'],
  ],
  [
    'Every other week on Monday, Wednesday, and Friday until December 24, 1997',
    '1997-09-01',
    'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
    '1998-12-31',
    [
      '1997-09 1,3,5,15,17,19,29',
      '1997-10 1,3,13,15,17,27,29,31',
      '1997-11 10,12,14,24,26,28',
      '1997-12 8,10,12,22',
    ],
  ],
  [
    'Every other week on Tuesday and Thursday, for 8 occurrences',
    '1997-09-02',
    'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH',
    '1998-12-31',
    ['1997-09 2,4,16,18,30', '1997-10 2,14,16'],
  ],
  [
    'Monthly on the first Friday for 10 occurrences',
    '1997-09-05',
    'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    '1999-12-31',
    [
      '1997-09 5',
      '1997-10 3',
      '1997-11 7',
      '1997-12 5',
      '1998-01 2',
      '1998-02 6',
      '1998-03 6',
      '1998-04 3',
      '1998-05 1',
      '1998-06 5',
    ],
  ],
  [
    'Monthly on the first Friday until December 24, 1997',
    '1997-09-05',
    'FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR',
    '1999-12-31',
    ['1997-09 5', '1997-10 3', '1997-11 7', '1997-12 5'],
  ],
  [
    'Every other month on the first and last Sunday of the month for 10 occurrences',
    '1997-09-07',
    'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
    '1999-12-31',
    ['1997-09 7,28', '1997-11 2,30', '1998-01 4,25', '1998-03 1,29', '1998-05 3,31'],
  ],
  [
    'Monthly on the second-to-last Monday of the month for 6 months',
    '1997-09-22',
    'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
    '1999-12-31',
    ['1997-09 22', '1997-10 20', '1997-11 17', '1997-12 22', '1998-01 19', '1998-02 16'],
  ],
  [
    'Monthly on the third-to-the-last day of the month, forever',
    '1997-09-28',
    'FREQ=MONTHLY;BYMONTHDAY=-3',
    '1998-02-26',
    ['1997-09 28', '1997-10 29', '1997-11 28', '1997-12 29', '1998-01 29', '1998-02 26'],
  ],
  [
    'Monthly on the 2nd and 15th of the month for 10 occurrences',
    '1997-09-02',
    'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
    '1999-12-31',
    ['1997-09 2,15', '1997-10 2,15', '1997-11 2,15', '1997-12 2,15', '1998-01 2,15'],
  ],
  [
    'Monthly on the first and last day of the month for 10 occurrences',
    '1997-09-30',
    'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
    '1999-12-31',
    ['1997-09 30', '1997-10 1,31', '1997-11 1,30', '1997-12 1,31', '1998-01 1,31', '1998-02 1'],
  ],
  [
    'Every 18 months on the 10th thru 15th of the month for 10 occurrences',
    '1997-09-10',
    'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
    '2001-12-31',
    ['1997-09 10-15', '1999-03 10-13'],
  ],
  [
    'Every Tuesday, every other month',
    '1997-09-02',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU',
    '1998-03-31',
    ['1997-09 2,9,16,23,30', '1997-11 4,11,18,25', '1998-01 6,13,20,27', '1998-03 3,10,17,24,31'],
  ],
  [
    'Yearly in June and July for 10 occurrences',
    '1997-06-10',
    'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
    '2003-12-31',
    [
      '1997-06 10',
      '1997-07 10',
      '1998-06 10',
      '1998-07 10',
      '1999-06 10',
      '1999-07 10',
      '2000-06 10',
      '2000-07 10',
      '2001-06 10',
      '2001-07 10',
    ],
  ],
  [
    'Every other year on January, February, and March for 10 occurrences',
    '1997-03-10',
    'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3',
    '2005-12-31',
    [
      '1997-03 10',
      '1999-01 10',
      '1999-02 10',
      '1999-03 10',
      '2001-01 10',
      '2001-02 10',
      '2001-03 10',
      '2003-01 10',
      '2003-02 10',
      '2003-03 10',
    ],
  ],
  [
    'Every third year on the 1st, 100th, and 200th day for 10 occurrences',
    '1997-01-01',
    'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
    '2008-12-31',
    [
      '1997-01 1',
      '1997-04 10',
      '1997-07 19',
      '2000-01 1',
      '2000-04 9',
      '2000-07 18',
      '2003-01 1',
      '2003-04 10',
      '2003-07 19',
      '2006-01 1',
    ],
  ],
  [
    'Every 20th Monday of the year, forever',
    '1997-05-19',
    'FREQ=YEARLY;BYDAY=20MO',
    '1999-12-31',
    ['1997-05 19', '1998-05 18', '1999-05 17'],
  ],
  [
    'Monday of week number 20, forever',
    '1997-05-12',
    'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    '1999-12-31',
    ['1997-05 12', '1998-05 11', '1999-05 17'],
  ],
  [
    'Every Thursday in March, forever',
    '1997-03-13',
    'FREQ=YEARLY;BYMONTH=3;BYDAY=TH',
    '1999-12-31',
    ['1997-03 13,20,27', '1998-03 5,12,19,26', '1999-03 4,11,18,25'],
  ],
  [
    'Every Thursday, but only during June, July, and August, forever',
    '1997-06-05',
    'FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8',
    '1999-12-31',
    [
      '1997-06 5,12,19,26',
      '1997-07 3,10,17,24,31',
      '1997-08 7,14,21,28',
      '1998-06 4,11,18,25',
      '1998-07 2,9,16,23,30',
      '1998-08 6,13,20,27',
      '1999-06 3,10,17,24',
      '1999-07 1,8,15,22,29',
      '1999-08 5,12,19,26',
    ],
  ],
  [
    // The RFC's DTSTART (1997-09-02) is not a Friday the 13th and is excluded by EXDATE.
    'Every Friday the 13th, forever',
    '1997-09-02',
    'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    '2000-10-31',
    ['1998-02 13', '1998-03 13', '1998-11 13', '1999-08 13', '2000-10 13'],
  ],
  [
    'The first Saturday that follows the first Sunday of the month, forever',
    '1997-09-13',
    'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
    '1998-06-30',
    [
      '1997-09 13',
      '1997-10 11',
      '1997-11 8',
      '1997-12 13',
      '1998-01 10',
      '1998-02 7',
      '1998-03 7',
      '1998-04 11',
      '1998-05 9',
      '1998-06 13',
    ],
  ],
  [
    'Every 4 years, the first Tuesday after a Monday in November (U.S. Presidential Election day)',
    '1996-11-05',
    'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8',
    '2004-12-31',
    ['1996-11 5', '2000-11 7', '2004-11 2'],
  ],
  [
    'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for 3 months',
    '1997-09-04',
    'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
    '1998-12-31',
    ['1997-09 4', '1997-10 7', '1997-11 6'],
  ],
  [
    'The second-to-last weekday of the month',
    '1997-09-29',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    '1998-03-30',
    [
      '1997-09 29',
      '1997-10 30',
      '1997-11 27',
      '1997-12 30',
      '1998-01 29',
      '1998-02 26',
      '1998-03 30',
    ],
  ],
  [
    'WKST makes a difference (MO)',
    '1997-08-05',
    'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
    '1998-12-31',
    ['1997-08 5,10,19,24'],
  ],
  [
    'WKST makes a difference (SU)',
    '1997-08-05',
    'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
    '1998-12-31',
    ['1997-08 5,17,19,31'],
  ],
  [
    'An invalid date (February 30) is ignored',
    '2007-01-15',
    'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
    '2008-12-31',
    ['2007-01 15,30', '2007-02 15', '2007-03 15,30'],
  ],
];

describe('RFC 5545 §3.8.5.3 examples (09:00 America/New_York)', () => {
  it.each(RFC_EXAMPLES)('%s', (_name, start, rule, through, expected) => {
    const startDay = dayFromDate(start);
    const to = dayFromDate(through);
    expect(validateRrule(rule, start)).toBeNull();
    const listed = listedDays(expected).map(isoDate);
    expect(oracleDays(rule, startDay, 540, 'America/New_York', startDay, to).map(isoDate)).toEqual(
      listed,
    );
    expect(fastDays(rule, startDay, 540, 'America/New_York', startDay, to).map(isoDate)).toEqual(
      listed,
    );
  });
});

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Kiritimati'];
/** The parts RFC 5545 allows with each frequency (BYSETPOS is added only beside another). */
const ALLOWED = {
  YEARLY: ['BYMONTH', 'BYWEEKNO', 'BYYEARDAY', 'BYMONTHDAY', 'BYDAY'],
  MONTHLY: ['BYMONTH', 'BYMONTHDAY', 'BYDAY'],
  WEEKLY: ['BYMONTH', 'BYDAY'],
  DAILY: ['BYMONTH', 'BYMONTHDAY', 'BYDAY'],
} as const;

const signed = (max: number) => fc.integer({ min: 1, max }).chain((n) => fc.constantFrom(n, -n));
/** Values from ±1…±max, often the edges where calendars differ (week 53, day 366, the 31st). */
const signedNear = (max: number, edges: number[]) =>
  fc.oneof(signed(max), fc.constantFrom(...edges.flatMap((n) => [n, -n])));
const list = (value: fc.Arbitrary<number>) =>
  fc.array(value, { minLength: 1, maxLength: 3 }).map((values) => values.join(','));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A part's value, for a rule of `freq` (numbered BYDAY only where the RFC allows it). */
function partValue(part: string, freq: string, withWeekNo: boolean): fc.Arbitrary<string> {
  switch (part) {
    case 'BYMONTH':
      return list(fc.integer({ min: 1, max: 12 }));
    case 'BYWEEKNO':
      return list(signedNear(53, [1, 2, 52, 53]));
    case 'BYYEARDAY':
      return list(signedNear(366, [1, 59, 60, 365, 366]));
    case 'BYMONTHDAY':
      return list(signedNear(31, [1, 28, 29, 30, 31]));
    default: {
      const numbered = (freq === 'MONTHLY' || freq === 'YEARLY') && !withWeekNo;
      const number = numbered
        ? fc.option(fc.oneof(signed(5), signed(53)), { nil: null })
        : fc.constant(null);
      return fc
        .array(fc.tuple(number, fc.constantFrom(...WEEKDAYS)), { minLength: 1, maxLength: 3 })
        .map((days) => days.map(([n, day]) => `${n ?? ''}${day}`).join(','));
    }
  }
}

/** An UNTIL value `days` after the start: a DATE, a local date-time or a UTC date-time. */
const untilValues = fc
  .tuple(
    fc.integer({ min: -5, max: 1200 }),
    fc.constantFrom('date', 'local', 'utc'),
    fc.integer({ min: 0, max: 23 }),
    fc.constantFrom(0, 29, 30, 59),
  )
  .map(([days, kind, hours, minutes]) => ({ days, kind, hours, minutes }));

const rules = fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY' as const).chain((freq) =>
  fc.subarray([...ALLOWED[freq]], { maxLength: Math.min(3, ALLOWED[freq].length) }).chain((parts) =>
    fc.record({
      freq: fc.constant(freq),
      interval: fc.option(
        fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 30 })),
        { nil: null },
      ),
      end: fc.oneof(
        fc.constant(null),
        fc.integer({ min: 1, max: 60 }).map((count) => ({ count })),
        untilValues.map((until) => ({ until })),
      ),
      wkst: fc.option(fc.constantFrom(...WEEKDAYS), { nil: null }),
      parts: fc.tuple(
        ...parts.map((part) =>
          partValue(part, freq, parts.includes('BYWEEKNO')).map((value) => `${part}=${value}`),
        ),
      ),
      bySetPos:
        parts.length > 0
          ? fc.option(list(fc.oneof(signed(4), signed(366))), { nil: null })
          : fc.constant(null),
    }),
  ),
);

type RuleParts = typeof rules extends fc.Arbitrary<infer T> ? T : never;

/** Local start minutes: spring-forward gaps (02:00–03:00 and Lord Howe's 02:00–02:30) often. */
const startMinutes = fc.oneof(
  fc.constantFrom(0, 90, 120, 135, 150, 540, 1410),
  fc.integer({ min: 0, max: 1439 }),
);

function ruleText(rule: RuleParts, startDay: number): string {
  const text = [`FREQ=${rule.freq}`];
  if (rule.interval !== null) text.push(`INTERVAL=${rule.interval}`);
  if (rule.end && 'count' in rule.end) text.push(`COUNT=${rule.end.count}`);
  if (rule.end && 'until' in rule.end) {
    const { days, kind, hours, minutes } = rule.end.until;
    const date = isoDate(startDay + days).replaceAll('-', '');
    const time = `T${pad(hours)}${pad(minutes)}00`;
    text.push(
      `UNTIL=${kind === 'date' ? date : kind === 'local' ? date + time : `${date + time}Z`}`,
    );
  }
  if (rule.wkst !== null) text.push(`WKST=${rule.wkst}`);
  text.push(...rule.parts);
  if (rule.bySetPos !== null) text.push(`BYSETPOS=${rule.bySetPos}`);
  return text.join(';');
}

const startDays = fc.integer({ min: dayFromDate('1990-01-01'), max: dayFromDate('2040-12-31') });

describe('the fast evaluator agrees with the RFC 5545 oracle', () => {
  it('on 3,000 seeded random rules, four zones with DST or +14, up to three years of days each', () => {
    fc.assert(
      fc.property(
        rules,
        startDays,
        startMinutes,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 1100 }),
        (rule, startDay, minute, zone, span) => {
          const text = ruleText(rule, startDay);
          expect(validateRrule(text, isoDate(startDay))).toBeNull();
          const from = startDay - 10;
          const to = startDay + span;
          expect(fastDays(text, startDay, minute, zone, from, to)).toEqual(
            oracleDays(text, startDay, minute, zone, from, to),
          );
        },
      ),
      { numRuns: 3000, seed: 5545 },
    );
    // About 6 s of CPU; the generous timeout is for a machine shared with other work.
  }, 60_000);

  it('on 300 seeded open-ended rules, a year of days decades after the start', () => {
    const openRules = rules.map((rule) => ({ ...rule, end: null }));
    fc.assert(
      fc.property(
        openRules,
        startDays,
        startMinutes,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 3650, max: 15_000 }),
        (rule, startDay, minute, zone, offset) => {
          const text = ruleText(rule, startDay);
          const from = startDay + offset;
          const to = from + 366;
          expect(fastDays(text, startDay, minute, zone, from, to)).toEqual(
            oracleDays(text, startDay, minute, zone, from, to),
          );
        },
      ),
      { numRuns: 300, seed: 3310 },
    );
  }, 60_000);
});

/** Days just before a spring-forward or fall-back in each zone, where wall times need care. */
const NEAR_CHANGES = {
  'America/New_York': ['2026-03-01', '2026-10-25'],
  'Europe/Berlin': ['2026-03-22', '2026-10-18'],
  'Australia/Lord_Howe': ['2026-03-29', '2026-09-27'],
  'Pacific/Kiritimati': ['2026-12-25', '2027-06-01'],
} as const;

/** The oracle's occurrences as instants, touching ones joined: what the screen should show. */
function oracleIntervals(
  rrule: string,
  startDay: number,
  [startMinute, endMinute]: readonly [number, number],
  timeZone: string,
  lastDay: number,
): [number, number][] {
  const crosses = endMinute <= startMinute ? 1 : 0;
  const length = (crosses * 1440 + endMinute - startMinute) * 60_000;
  const intervals: [number, number][] = [];
  for (const day of rfcOccurrenceDays(
    rrule,
    { day: startDay, minute: startMinute, timeZone },
    lastDay,
  )) {
    const from = localToInstant(day, startMinute, timeZone);
    const to = localToInstant(day + crosses, endMinute, timeZone);
    const end = to > from ? to : from + length;
    const last = intervals.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], end);
    else intervals.push([from, end]);
  }
  return intervals;
}

describe("the resolver plays the RFC oracle's occurrences at the instants it says", () => {
  it('on 200 seeded rules with windows around DST changes, gaps and +14 included', () => {
    const windows = fc.tuple(
      fc.constantFrom(0, 90, 120, 135, 150, 540, 1380),
      fc.constantFrom(30, 60, 150, 600, 1440),
    );
    fc.assert(
      fc.property(
        rules,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 1 }),
        windows,
        (rule, zone, change, [startMinute, length]) => {
          const startDay =
            dayFromDate(NEAR_CHANGES[zone as keyof typeof NEAR_CHANGES][change]!) - 20;
          const text = ruleText(rule, startDay);
          const endMinute = (startMinute + length) % 1440;
          const lastDay = startDay + 60;
          const calendar = zoneCalendar(zone);
          const from = calendar.instant(startDay, 0);
          const to = calendar.instant(lastDay, 0);
          const played = scheduleTimeline(
            [
              entry({
                id: 'rule',
                startDate: isoDate(startDay),
                endDate: isoDate(lastDay),
                startTime: hhmm(startMinute),
                endTime: endMinute === 0 ? '24:00' : hhmm(endMinute),
                rrule: text,
              }),
            ],
            screenIn(zone, { defaultPlaylistId: null }),
            from,
            to,
          )
            .filter((segment) => segment.entryId === 'rule')
            .map((segment) => [segment.from, segment.to]);
          const expected = oracleIntervals(text, startDay, [startMinute, endMinute], zone, lastDay)
            .map(([a, b]) => [Math.max(a, from), Math.min(b, to)])
            .filter(([a, b]) => a! < b!);
          expect(played).toEqual(expected);
        },
      ),
      { numRuns: 200, seed: 20260308 },
    );
  }, 60_000);
});
