import fc from 'fast-check';
import * as rruleModule from 'rrule';
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayFromDate, dayOfDate } from '../../../../shared/src/schedule/local-day.js';
import { rruleDaySet } from '../../../../shared/src/schedule/rrule-days.js';
import { validateRrule } from '../../../../shared/src/schedule/validate-rrule.js';

// The schedule no longer ships the rrule library; it stays a dev dependency as a second oracle.
// The truth is RFC 5545 (rfc-oracle.test.ts): rules where rrule departs from it are not drawn here,
// namely BYSETPOS (rrule picks the first day for a negative position beyond the set, counts a day
// two positions pick twice, and counts a weekly rule's positions from DTSTART instead of WKST)
// BYWEEKNO (dateutil's week masks miss or add days around new year), and BYDAY mixing plain and
// numbered days (rrule keeps only the numbered ones).
// Node's ESM loader sees rrule 2.8 as CommonJS, exposing it only as `default`:
// https://github.com/jkbrzt/rrule/issues/419
const { RRule } = ((rruleModule as { default?: typeof rruleModule }).default ??
  rruleModule) as typeof rruleModule;

const LIST_PARTS = ['bymonth', 'bymonthday', 'byyearday', 'byweekno', 'bysetpos', 'byweekday'];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A period (year, month, week or day) never spans more days than this. */
const LONGEST_PERIOD = 366;

/**
 * The days rrule produces in [from, to] for `text` from `startDay`, read as the schedule read
 * rules before (lists as arrays). Stops at the first day more than a whole period past `to`.
 */
function libraryDays(text: string, startDay: number, from: number, to: number): number[] {
  const options: Record<string, unknown> = RRule.parseString(text);
  for (const key of LIST_PARTS) {
    const value = options[key];
    if (value !== undefined && !Array.isArray(value)) options[key] = [value];
  }
  const rule = new RRule({ ...options, dtstart: dateOfDay(startDay) });
  const days = new Set<number>();
  // BYSETPOS can emit a period's days out of order, so stop only a whole period past `to`.
  rule.all((date) => {
    days.add(dayOfDate(date));
    return dayOfDate(date) <= to + LONGEST_PERIOD;
  });
  return [...days].filter((day) => day >= from && day <= to).sort((a, b) => a - b);
}

/** How far past a window the library may search for its next day: a few hundred periods. */
const SEARCH_DAYS = { YEARLY: 40 * 366, MONTHLY: 8 * 366, WEEKLY: 3 * 366, DAILY: 3 * 366 };

/**
 * rrule looks at UNTIL, COUNT and the callback only when it finds a day, so a rule that stops
 * matching makes it search to year 9999. Compare only rules (ours says) matching soon after;
 * rules that never match are covered in rrule-days.test.ts.
 */
function libraryStopsSoon(parts: RuleParts, startDay: number, to: number): boolean {
  const open = ruleText({ ...parts, count: null, until: null }, startDay);
  const after = to + LONGEST_PERIOD + 1;
  const limit = after + SEARCH_DAYS[parts.freq];
  return rruleDaySet(open, startDay).next(after, limit) <= limit;
}

function ourDays(text: string, startDay: number, from: number, to: number): number[] {
  const set = rruleDaySet(text, startDay);
  const days: number[] = [];
  for (let day = from; day <= to; day++) if (set.has(day)) days.push(day);
  return days;
}

const signed = (max: number) => fc.integer({ min: 1, max }).chain((n) => fc.constantFrom(n, -n));
/** Values from ±1…±max, often the edges where calendars differ (week 53, day 366, the 31st). */
const signedNear = (max: number, edges: number[]) =>
  fc.oneof(signed(max), fc.constantFrom(...edges.flatMap((n) => [n, -n])));
const list = (value: fc.Arbitrary<number>) => fc.array(value, { minLength: 1, maxLength: 3 });
/** All plain or all numbered: rrule drops the plain days of a mixed BYDAY, RFC 5545 takes both. */
const byDay = (withNumbers: boolean) =>
  fc
    .boolean()
    .chain((numbered) =>
      fc.array(
        fc.tuple(
          fc.constantFrom(...WEEKDAYS),
          withNumbers && numbered ? fc.oneof(signed(5), signed(53)) : fc.constant(null),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    );
const sometimes = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });
const FILTERS = ['bymonth', 'bymonthday', 'byyearday', 'byday'] as const;
/** The BY parts RFC 5545 allows with each frequency (of those drawn here). */
const ALLOWED: Record<string, readonly string[]> = {
  YEARLY: FILTERS,
  MONTHLY: ['bymonth', 'bymonthday', 'byday'],
  WEEKLY: ['bymonth', 'byday'],
  DAILY: ['bymonth', 'bymonthday', 'byday'],
};

/**
 * Valid rules over the parts drawn; UNTIL (never with COUNT) is an offset in days from the start.
 * At most three BY* parts, so that most rules still match days.
 */
const rules = fc
  .constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY' as const)
  .chain((freq) =>
    fc.record({
      freq: fc.constant(freq),
      interval: sometimes(
        fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 30 })),
      ),
      count: sometimes(fc.integer({ min: 1, max: 60 })),
      until: sometimes(fc.integer({ min: -10, max: 1500 })),
      wkst: sometimes(fc.constantFrom(...WEEKDAYS)),
      filters: fc.subarray([...ALLOWED[freq]!], { maxLength: Math.min(3, ALLOWED[freq]!.length) }),
      bymonth: list(fc.integer({ min: 1, max: 12 })),
      bymonthday: list(signedNear(31, [1, 28, 29, 30, 31])),
      byyearday: list(signedNear(366, [1, 59, 60, 365, 366])),
      byday: byDay(freq === 'MONTHLY' || freq === 'YEARLY'),
    }),
  )
  .map(({ filters, ...parts }) => {
    for (const key of FILTERS)
      if (!filters.includes(key)) (parts as Record<string, unknown>)[key] = null;
    if (parts.count !== null) parts.until = null;
    return parts as typeof parts & {
      [key in (typeof FILTERS)[number]]: (typeof parts)[key] | null;
    };
  });

type RuleParts = typeof rules extends fc.Arbitrary<infer T> ? T : never;

function ruleText(parts: RuleParts, startDay: number): string {
  const text = [`FREQ=${parts.freq}`];
  if (parts.interval !== null) text.push(`INTERVAL=${parts.interval}`);
  if (parts.count !== null) text.push(`COUNT=${parts.count}`);
  if (parts.until !== null) {
    text.push(
      `UNTIL=${dateOfDay(startDay + parts.until)
        .toISOString()
        .slice(0, 10)
        .replaceAll('-', '')}`,
    );
  }
  if (parts.wkst !== null) text.push(`WKST=${parts.wkst}`);
  for (const key of ['bymonth', 'bymonthday', 'byyearday'] as const) {
    const values = parts[key];
    if (values !== null) text.push(`${key.toUpperCase()}=${values.join(',')}`);
  }
  if (parts.byday !== null) {
    text.push(`BYDAY=${parts.byday.map(([day, n]) => `${n ?? ''}${day}`).join(',')}`);
  }
  return text.join(';');
}

const startDays = fc.integer({ min: dayFromDate('1960-01-01'), max: dayFromDate('2060-12-31') });

describe('rruleDaySet agrees with the rrule library', () => {
  it('on the first years after the start', () => {
    fc.assert(
      fc.property(rules, startDays, fc.integer({ min: 0, max: 1200 }), (parts, startDay, span) => {
        const text = ruleText(parts, startDay);
        expect(validateRrule(text, '2000-01-01')).toBeNull();
        const from = startDay - 10;
        const to = startDay + span;
        fc.pre(libraryStopsSoon(parts, startDay, to));
        expect(ourDays(text, startDay, from, to)).toEqual(libraryDays(text, startDay, from, to));
      }),
      { numRuns: 1500 },
    );
  });

  it('on a window decades after the start (open-ended rules, expanded lazily)', () => {
    const openRules = rules.map((parts) => ({ ...parts, count: null, until: null }));
    fc.assert(
      fc.property(
        openRules,
        startDays,
        fc.integer({ min: 400, max: 15_000 }),
        (parts, startDay, offset) => {
          const text = ruleText(parts, startDay);
          const from = startDay + offset;
          const to = from + 600;
          fc.pre(libraryStopsSoon(parts, startDay, to));
          expect(ourDays(text, startDay, from, to)).toEqual(libraryDays(text, startDay, from, to));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers next() with the first day the library produces', () => {
    fc.assert(
      fc.property(
        rules,
        startDays,
        fc.integer({ min: -20, max: 800 }),
        fc.integer({ min: 0, max: 400 }),
        (parts, startDay, fromOffset, length) => {
          const text = ruleText(parts, startDay);
          const from = startDay + fromOffset;
          const limit = from + length;
          fc.pre(libraryStopsSoon(parts, startDay, limit));
          const expected = libraryDays(text, startDay, from, limit)[0];
          const next = rruleDaySet(text, startDay).next(from, limit);
          if (expected === undefined) expect(next).toBeGreaterThan(limit);
          else expect(next).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
