import type { Options, Weekday } from 'rrule';
import { dateOfDay, dayFromDate } from './local-day.js';
import { RRule } from './rrule-module.js';

/** DTSTART of rules on entries without a start date: a fixed Monday, so results never drift. */
export const RRULE_ANCHOR_DAY = dayFromDate('2000-01-03');
/** More occurrences than a decade of days is not a schedule a person maintains. */
const MAX_COUNT = 3660;

export type DayRuleOptions = Partial<Options> & { freq: number };

const SUPPORTED = new Set([
  'freq',
  'interval',
  'count',
  'until',
  'wkst',
  'byweekday',
  'bymonth',
  'bymonthday',
  'byyearday',
  'byweekno',
  'bysetpos',
]);
const NUMBER_RANGES = {
  bymonth: [1, 12],
  bymonthday: [-31, 31],
  byyearday: [-366, 366],
  byweekno: [-53, 53],
  bysetpos: [-366, 366],
} as const;

/** Why an RRULE cannot choose days (a message for the editor), or null when it can. */
export function validateRrule(text: string): string | null {
  const parsed = parseDayRule(text);
  return 'error' in parsed ? parsed.error : null;
}

/** The rule's options, or why it cannot choose days. */
export function parseDayRule(text: string): { options: DayRuleOptions } | { error: string } {
  // RFC 5545 names are case-insensitive; rrule only upper-cases some of them.
  const source = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '')
    .replace(/;+$/, '');
  if (source === '') return { error: 'the rule is empty' };
  const malformed = source.split(';').find((part) => !/^[A-Za-z]+=[^=\s]+$/.test(part));
  if (malformed !== undefined) return { error: `expected KEY=VALUE parts, got "${malformed}"` };
  let raw: Partial<Options>;
  try {
    raw = RRule.parseString(source);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const unsupported = Object.keys(raw).find((key) => !SUPPORTED.has(key));
  if (unsupported)
    return { error: `${unsupported.toUpperCase()} is not supported: the rule chooses days` };
  const problem = checkOptions(raw);
  if (problem) return { error: problem };
  const options = normalize(raw as DayRuleOptions);
  try {
    new RRule({ ...options, dtstart: dateOfDay(RRULE_ANCHOR_DAY) }).between(
      dateOfDay(RRULE_ANCHOR_DAY),
      dateOfDay(RRULE_ANCHOR_DAY + 400),
      true,
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return { options };
}

function checkOptions(raw: Partial<Options>): string | null {
  const freq = raw.freq;
  if (typeof freq !== 'number') return 'FREQ is required (YEARLY, MONTHLY, WEEKLY or DAILY)';
  if (freq > RRule.DAILY) return 'FREQ must be YEARLY, MONTHLY, WEEKLY or DAILY';
  if (raw.interval !== undefined && !isIntegerIn(raw.interval, 1, 1000)) {
    return 'INTERVAL must be a whole number from 1';
  }
  if (raw.count !== undefined && !isIntegerIn(raw.count, 1, MAX_COUNT)) {
    return `COUNT must be a whole number from 1 to ${MAX_COUNT}`;
  }
  if (
    raw.until !== undefined &&
    !(raw.until instanceof Date && !Number.isNaN(raw.until.getTime()))
  ) {
    return 'UNTIL is not a valid date';
  }
  if ('wkst' in raw && !(raw.wkst as Weekday | undefined)?.toString) {
    return 'WKST must be a weekday (MO … SU)';
  }
  for (const [key, [min, max]] of Object.entries(NUMBER_RANGES)) {
    const value = raw[key as keyof typeof NUMBER_RANGES];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => isIntegerIn(v, min, max) && v !== 0)) {
      return `${key.toUpperCase()} values must be whole numbers from ${min} to ${max}, not 0`;
    }
  }
  if (raw.byweekday !== undefined) {
    const days = (
      Array.isArray(raw.byweekday) ? raw.byweekday : [raw.byweekday]
    ) as (Weekday | null)[];
    if (days.some((day) => day === null || day === undefined))
      return 'BYDAY has an unknown weekday';
    const nth = days.filter((day) => day?.n !== undefined).map((day) => day?.n);
    if (!nth.every((n) => isIntegerIn(n, -53, 53) && n !== 0)) {
      return 'BYDAY numbers must be from -53 to 53, not 0';
    }
    if (nth.length > 0 && freq !== RRule.MONTHLY && freq !== RRule.YEARLY) {
      return 'BYDAY with a number (1MO) needs FREQ=MONTHLY or FREQ=YEARLY';
    }
  }
  return null;
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Lists as arrays, so rrule's DTSTART-derived defaults depend only on what the rule says. */
function normalize(raw: DayRuleOptions): DayRuleOptions {
  const options: DayRuleOptions = { ...raw };
  for (const key of [
    'bymonth',
    'bymonthday',
    'byyearday',
    'byweekno',
    'bysetpos',
    'byweekday',
  ] as const) {
    const value = options[key];
    if (value !== undefined && value !== null && !Array.isArray(value)) {
      (options as Record<string, unknown>)[key] = [value];
    }
  }
  return options;
}
