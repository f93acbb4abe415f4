import { type DayRule, type Frequency, type Until, WEEKDAYS } from './day-rule.js';
import { monthStarts, yearStart } from './gregorian.js';
import { DAY_MS } from './local-day.js';
import type { RuleProblem } from './rule-problem.js';

/** More occurrences than a decade of days is not a schedule a person maintains. */
const MAX_COUNT = 3660;
const FREQUENCIES: readonly string[] = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'];
const NUMBER_RANGES = {
  INTERVAL: [1, 1000],
  COUNT: [1, MAX_COUNT],
  BYMONTH: [1, 12],
  BYMONTHDAY: [-31, 31],
  BYYEARDAY: [-366, 366],
  BYWEEKNO: [-53, 53],
  BYSETPOS: [-366, 366],
} as const;
type NumberPart = keyof typeof NUMBER_RANGES;
/** RFC 5545 parts (and rrule extensions) that choose times or a start, not days. */
const REFUSED = new Set(['BYHOUR', 'BYMINUTE', 'BYSECOND', 'DTSTART', 'TZID', 'BYEASTER']);
const OTHER_PARTS = new Set(['FREQ', 'UNTIL', 'WKST', 'BYDAY', ...Object.keys(NUMBER_RANGES)]);
const UNTIL_FORMAT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;
/** Parts RFC 5545 §3.3.10 forbids with a frequency ("N/A" in its table). */
const NOT_WITH: Record<string, readonly string[]> = {
  BYWEEKNO: ['MONTHLY', 'WEEKLY', 'DAILY'],
  BYYEARDAY: ['MONTHLY', 'WEEKLY', 'DAILY'],
  BYMONTHDAY: ['WEEKLY'],
};
const NTH_WEEKDAY = /^([+-]?\d{1,2})([A-Z]{2})$/;

/**
 * The rule, or why it cannot choose days (naming the part; ruleProblemMessage words it): refuses
 * what RFC 5545 §3.3.10 forbids, so every accepted rule has one meaning.
 */
export function parseDayRule(text: string): { rule: DayRule } | { error: RuleProblem } {
  // RFC 5545 names are case-insensitive.
  const source = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '')
    .replace(/;+$/, '');
  if (source === '') return fail({ code: 'empty', part: '' });
  const values = new Map<string, string>();
  for (const part of source.split(';')) {
    const match = /^([A-Z]+)=([^=\s]+)$/.exec(part);
    if (!match) return fail({ code: 'syntax', part: '', value: part });
    // rrule reads BYWEEKDAY as BYDAY.
    const key = match[1] === 'BYWEEKDAY' ? 'BYDAY' : match[1]!;
    const value = match[2]!;
    const problem = values.has(key)
      ? { code: 'repeated' as const, part: key }
      : partProblem(key, value);
    if (problem) return fail(problem);
    values.set(key, value);
  }
  return buildRule(values);
}

/** What is wrong with one part on its own (rrule refused these while reading the text). */
function partProblem(key: string, value: string): RuleProblem | null {
  if (REFUSED.has(key)) return { code: 'refused', part: key };
  if (!OTHER_PARTS.has(key)) return { code: 'unknown_part', part: key };
  if (key === 'UNTIL' && !parseUntil(value)) return { code: 'bad_until', part: key, value };
  if (key !== 'BYDAY') return null;
  for (const token of value.split(',')) {
    if (token.length === 2) continue;
    const nth = NTH_WEEKDAY.exec(token);
    if (!nth || !isWeekday(nth[2]!)) return badWeekday(token);
    if (Number(nth[1]) === 0) return BYDAY_RANGE;
  }
  return null;
}

function buildRule(
  values: ReadonlyMap<string, string>,
): { rule: DayRule } | { error: RuleProblem } {
  const freq = values.get('FREQ');
  if (freq === undefined) return fail({ code: 'missing_freq', part: 'FREQ' });
  if (!FREQUENCIES.includes(freq)) return fail({ code: 'bad_freq', part: 'FREQ', value: freq });
  const forbidden = Object.keys(NOT_WITH).find(
    (key) => values.has(key) && NOT_WITH[key]!.includes(freq),
  );
  if (forbidden) return fail({ code: 'not_with', part: forbidden, with: `FREQ=${freq}` });
  if (values.has('COUNT') && values.has('UNTIL')) {
    return fail({ code: 'not_with', part: 'COUNT', with: 'UNTIL' });
  }
  if (values.has('BYSETPOS') && ![...values.keys()].some((key) => /^BY(?!SETPOS)/.test(key))) {
    return fail({ code: 'setpos_alone', part: 'BYSETPOS' });
  }
  const numbers: Partial<Record<NumberPart, number[]>> = {};
  for (const key of Object.keys(NUMBER_RANGES) as NumberPart[]) {
    const value = values.get(key);
    if (value === undefined) continue;
    const list = value
      .split(',')
      .map((token) => (/^[+-]?\d+$/.test(token) ? Number(token) : Number.NaN));
    const [min, max] = NUMBER_RANGES[key];
    const valid = list.every((n) => Number.isInteger(n) && n >= min && n <= max && n !== 0);
    const single = key === 'INTERVAL' || key === 'COUNT';
    if (!valid || (single && list.length > 1)) {
      return fail({ code: 'out_of_range', part: key, min, max });
    }
    numbers[key] = list;
  }
  const wkst = values.get('WKST') ?? 'MO';
  if (!isWeekday(wkst)) return fail({ code: 'bad_weekday', part: 'WKST', value: wkst });
  const byDay = parseByDay(values.get('BYDAY'), freq);
  if ('code' in byDay) return fail(byDay);
  if (byDay.byNthWeekday && values.has('BYWEEKNO')) {
    return fail({ code: 'not_with', part: 'BYDAY', with: 'BYWEEKNO' });
  }
  const until = values.get('UNTIL');
  return {
    rule: {
      freq: freq as Frequency,
      interval: numbers.INTERVAL?.[0] ?? 1,
      count: numbers.COUNT?.[0] ?? null,
      until: until === undefined ? null : parseUntil(until),
      wkst: WEEKDAYS.indexOf(wkst),
      byMonth: numbers.BYMONTH ?? null,
      byMonthDay: numbers.BYMONTHDAY ?? null,
      byYearDay: numbers.BYYEARDAY ?? null,
      byWeekNo: numbers.BYWEEKNO ?? null,
      bySetPos: numbers.BYSETPOS ?? null,
      ...byDay,
    },
  };
}

type ByDay = Pick<DayRule, 'byWeekday' | 'byNthWeekday'>;

function parseByDay(value: string | undefined, freq: string): ByDay | RuleProblem {
  if (value === undefined) return { byWeekday: null, byNthWeekday: null };
  const plain: number[] = [];
  const nth: [number, number][] = [];
  for (const token of value.split(',')) {
    if (token.length === 2) {
      if (!isWeekday(token)) return badWeekday(token);
      plain.push(WEEKDAYS.indexOf(token));
      continue;
    }
    // partProblem already checked the token's shape.
    const [, number = '', weekday = ''] = NTH_WEEKDAY.exec(token) ?? [];
    const n = Number(number);
    if (n < -53 || n > 53) return BYDAY_RANGE;
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') return { code: 'needs_monthly', part: 'BYDAY' };
    nth.push([WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]), n]);
  }
  return {
    byWeekday: plain.length > 0 ? plain : null,
    byNthWeekday: nth.length > 0 ? nth : null,
  };
}

function fail(problem: RuleProblem): { error: RuleProblem } {
  return { error: problem };
}

const BYDAY_RANGE: RuleProblem = { code: 'out_of_range', part: 'BYDAY', min: -53, max: 53 };

function badWeekday(token: string): RuleProblem {
  return { code: 'bad_weekday', part: 'BYDAY', value: token };
}

function isWeekday(text: string): text is (typeof WEEKDAYS)[number] {
  return (WEEKDAYS as readonly string[]).includes(text);
}

/** An UNTIL value, or null when it is not a real date and time. */
function parseUntil(value: string): Until | null {
  const match = UNTIL_FORMAT.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map((n) => Number(n ?? 0));
  const starts = monthStarts(year!);
  const monthStart = starts[month! - 1]!;
  if (month! < 1 || month! > 12 || day! < 1 || day! > starts[month!]! - monthStart) return null;
  // RFC 5545 seconds run to 60 (a leap second).
  if (hours! > 23 || minutes! > 59 || seconds! > 60) return null;
  const dayStart = (yearStart(year!) + monthStart + day! - 1) * DAY_MS;
  // A DATE lasts to its last millisecond.
  if (match[4] === undefined) return { at: dayStart + DAY_MS - 1, utc: false };
  const at = dayStart + ((hours! * 60 + minutes!) * 60 + seconds!) * 1000;
  return { at, utc: match[7] === 'Z' };
}
