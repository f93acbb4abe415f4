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
 * The rule, or why it cannot choose days (a message for the editor that names the part): refuses
 * what RFC 5545 §3.3.10 forbids, so every accepted rule has one meaning.
 */
export function parseDayRule(text: string): { rule: DayRule } | { error: RuleProblem } {
  // RFC 5545 names are case-insensitive.
  const source = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '')
    .replace(/;+$/, '');
  if (source === '') return fail({ code: 'empty', part: '', message: 'the rule is empty' });
  const values = new Map<string, string>();
  for (const part of source.split(';')) {
    const match = /^([A-Z]+)=([^=\s]+)$/.exec(part);
    if (!match) {
      const message = `expected KEY=VALUE parts, got "${part}"`;
      return fail({ code: 'syntax', part: '', value: part, message });
    }
    // rrule reads BYWEEKDAY as BYDAY.
    const key = match[1] === 'BYWEEKDAY' ? 'BYDAY' : match[1]!;
    const value = match[2]!;
    const problem = values.has(key)
      ? { code: 'repeated' as const, part: key, message: `${key} is given twice` }
      : partProblem(key, value);
    if (problem) return fail(problem);
    values.set(key, value);
  }
  return buildRule(values);
}

/** What is wrong with one part on its own (rrule refused these while reading the text). */
function partProblem(key: string, value: string): RuleProblem | null {
  if (REFUSED.has(key)) {
    return {
      code: 'refused',
      part: key,
      message: `${key} is not supported: the rule chooses days`,
    };
  }
  if (!OTHER_PARTS.has(key)) {
    return { code: 'unknown_part', part: key, message: `${key} is not an RRULE part` };
  }
  if (key === 'UNTIL' && !parseUntil(value)) {
    const message = 'UNTIL must be a real date like 20261231 or 20261231T235959Z';
    return { code: 'bad_until', part: key, value, message };
  }
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
  if (freq === undefined) {
    const message = 'FREQ is required (YEARLY, MONTHLY, WEEKLY or DAILY)';
    return fail({ code: 'missing_freq', part: 'FREQ', message });
  }
  if (!FREQUENCIES.includes(freq)) {
    const message = 'FREQ must be YEARLY, MONTHLY, WEEKLY or DAILY';
    return fail({ code: 'bad_freq', part: 'FREQ', value: freq, message });
  }
  const forbidden = Object.keys(NOT_WITH).find(
    (key) => values.has(key) && NOT_WITH[key]!.includes(freq),
  );
  if (forbidden) {
    const message = `${forbidden} is not allowed with FREQ=${freq}`;
    return fail({ code: 'not_with', part: forbidden, with: `FREQ=${freq}`, message });
  }
  if (values.has('COUNT') && values.has('UNTIL')) {
    const message = 'COUNT and UNTIL cannot both be given: choose one';
    return fail({ code: 'not_with', part: 'COUNT', with: 'UNTIL', message });
  }
  if (values.has('BYSETPOS') && ![...values.keys()].some((key) => /^BY(?!SETPOS)/.test(key))) {
    const message = 'BYSETPOS needs another BY part (such as BYDAY) to choose among';
    return fail({ code: 'setpos_alone', part: 'BYSETPOS', message });
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
    if (key === 'INTERVAL' || key === 'COUNT') {
      if (!valid || list.length > 1) {
        const message = `${key} must be a whole number from ${min} to ${max}`;
        return fail({ code: 'out_of_range', part: key, min, max, message });
      }
    } else if (!valid) {
      const message = `${key} values must be whole numbers from ${min} to ${max}, not 0`;
      return fail({ code: 'out_of_range', part: key, min, max, message });
    }
    numbers[key] = list;
  }
  const wkst = values.get('WKST') ?? 'MO';
  if (!isWeekday(wkst)) {
    const message = 'WKST must be a weekday (MO … SU)';
    return fail({ code: 'bad_weekday', part: 'WKST', value: wkst, message });
  }
  const byDay = parseByDay(values.get('BYDAY'), freq);
  if ('code' in byDay) return fail(byDay);
  if (byDay.byNthWeekday && values.has('BYWEEKNO')) {
    const message = 'BYDAY with a number (1MO) is not allowed with BYWEEKNO';
    return fail({ code: 'not_with', part: 'BYDAY', with: 'BYWEEKNO', message });
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
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
      const message = 'BYDAY with a number (1MO) needs FREQ=MONTHLY or FREQ=YEARLY';
      return { code: 'needs_monthly', part: 'BYDAY', message };
    }
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

const BYDAY_RANGE: RuleProblem = {
  code: 'out_of_range',
  part: 'BYDAY',
  min: -53,
  max: 53,
  message: 'BYDAY numbers must be from -53 to 53, not 0',
};

function badWeekday(token: string): RuleProblem {
  const message = `BYDAY must list weekdays like MO or 1MO, got "${token}"`;
  return { code: 'bad_weekday', part: 'BYDAY', value: token, message };
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
