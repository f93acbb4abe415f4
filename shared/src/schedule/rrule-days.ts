import type { DaySet } from './day-set.js';
import { dateOfDay, dayOfDate, isoWeekday } from './local-day.js';
import { RRule } from './rrule-module.js';
import { type DayRuleOptions, parseDayRule } from './validate-rrule.js';

const BLOCK_DAYS = 512;

/** The days an RRULE produces from `startDay`; none when the rule is invalid. */
export function rruleDaySet(text: string, startDay: number): DaySet {
  const parsed = parseDayRule(text);
  if ('error' in parsed) return NO_DAY;
  return parsed.options.count
    ? finiteDays(parsed.options, startDay)
    : blockDays(parsed.options, startDay);
}

/** A rule with COUNT: all its days, computed once. */
function finiteDays(options: DayRuleOptions, startDay: number): DaySet {
  return new DayList(new RRule({ ...options, dtstart: dateOfDay(startDay) }).all().map(dayOfDate));
}

/** A finite, sorted list of days. */
class DayList implements DaySet {
  private readonly set: ReadonlySet<number>;

  constructor(private readonly days: readonly number[]) {
    this.set = new Set(days);
  }

  has(day: number): boolean {
    return this.set.has(day);
  }

  next(from: number): number {
    let low = 0;
    let high = this.days.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.days[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return this.days[low] ?? Number.POSITIVE_INFINITY;
  }
}

const NO_DAY: DaySet = new DayList([]);

/**
 * An open-ended rule, expanded lazily in blocks of days. Each block is evaluated from a DTSTART
 * moved forward by whole periods of the rule (same phase), so cost does not grow with its age.
 */
function blockDays(options: DayRuleOptions, startDay: number): DaySet {
  return new DayBlocks(freezeDefaults(options, startDay), startDay);
}

class DayBlocks implements DaySet {
  private readonly blocks = new Map<number, Uint8Array>();
  private readonly lastDay: number;
  private recentIndex = Number.NaN;
  private recent: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly options: DayRuleOptions,
    private readonly startDay: number,
  ) {
    this.lastDay = options.until ? dayOfDate(options.until) : Number.POSITIVE_INFINITY;
  }

  has(day: number): boolean {
    if (day < this.startDay || day > this.lastDay) return false;
    const index = Math.floor(day / BLOCK_DAYS);
    if (index !== this.recentIndex) {
      let bits = this.blocks.get(index);
      if (!bits) {
        bits = expandBlock(this.options, this.startDay, this.lastDay, index);
        this.blocks.set(index, bits);
      }
      this.recentIndex = index;
      this.recent = bits;
    }
    return this.recent[day - index * BLOCK_DAYS] === 1;
  }

  next(from: number, limit: number): number {
    const end = Math.min(limit, this.lastDay);
    for (let day = Math.max(from, this.startDay); day <= end; day++) if (this.has(day)) return day;
    return end === this.lastDay ? Number.POSITIVE_INFINITY : limit + 1;
  }
}

function expandBlock(
  options: DayRuleOptions,
  startDay: number,
  lastDay: number,
  index: number,
): Uint8Array {
  const bits = new Uint8Array(BLOCK_DAYS);
  const first = Math.max(index * BLOCK_DAYS, startDay);
  const last = index * BLOCK_DAYS + BLOCK_DAYS - 1;
  if (first > last || first > lastDay) return bits;
  const dtstart = dateOfDay(shiftedStart(options, startDay, first));
  try {
    const rule = new RRule({ ...options, dtstart });
    for (const date of rule.between(dateOfDay(first), dateOfDay(last), true)) {
      bits[dayOfDate(date) - index * BLOCK_DAYS] = 1;
    }
  } catch {
    // Validation already ran this rule once; a later failure leaves the block empty, never throws.
  }
  return bits;
}

/** rrule fills BYMONTHDAY/BYMONTH/BYDAY from DTSTART when a rule gives none; pin them first. */
function freezeDefaults(options: DayRuleOptions, startDay: number): DayRuleOptions {
  const selectors = [options.byweekno, options.byyearday, options.bymonthday, options.byweekday];
  const hasDaySelector = selectors.some((value) => value !== undefined && value !== null);
  if (hasDaySelector) return options;
  const start = dateOfDay(startDay);
  switch (options.freq) {
    case RRule.YEARLY:
      return {
        ...options,
        bymonth: options.bymonth ?? [start.getUTCMonth() + 1],
        bymonthday: [start.getUTCDate()],
      };
    case RRule.MONTHLY:
      return { ...options, bymonthday: [start.getUTCDate()] };
    case RRule.WEEKLY:
      return { ...options, byweekday: [(isoWeekday(startDay) + 6) % 7] };
    default:
      return options;
  }
}

/** The latest day <= target that is `startDay` moved forward by whole periods of the rule. */
function shiftedStart(options: DayRuleOptions, startDay: number, target: number): number {
  const interval = options.interval ?? 1;
  const start = dateOfDay(startDay);
  const goal = dateOfDay(target);
  switch (options.freq) {
    case RRule.DAILY:
      return startDay + Math.floor((target - startDay) / interval) * interval;
    case RRule.WEEKLY:
      return startDay + Math.floor((target - startDay) / (7 * interval)) * 7 * interval;
    case RRule.MONTHLY: {
      const months =
        (goal.getUTCFullYear() - start.getUTCFullYear()) * 12 +
        goal.getUTCMonth() -
        start.getUTCMonth();
      const shift = Math.floor(months / interval) * interval;
      if (shift <= 0) return startDay;
      return dayOfDate(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + shift, 1)));
    }
    default: {
      const shift =
        Math.floor((goal.getUTCFullYear() - start.getUTCFullYear()) / interval) * interval;
      if (shift <= 0) return startDay;
      return dayOfDate(new Date(Date.UTC(start.getUTCFullYear() + shift, 0, 1)));
    }
  }
}
