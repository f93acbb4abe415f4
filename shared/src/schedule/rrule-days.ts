import type { DaySet } from './day-set.js';
import { DAY_MS, MINUTE_MS } from './local-day.js';
import { parseDayRule } from './parse-day-rule.js';
import { RulePeriods } from './rule-periods.js';

const BLOCK_DAYS = 512;
const MOST_DAYS = { YEARLY: 366, MONTHLY: 31, WEEKLY: 7, DAILY: 1 };

/** The days of a rule, and its UTC UNTIL (Infinity if none), which ends them in a zone's own way. */
export interface RuleDaySet extends DaySet {
  readonly utcUntil: number;
}

/**
 * The days an RRULE produces from `startDay` (its DTSTART, occurrences starting at `startMinute`)
 * up to `endDay`; none when the rule is invalid. A UTC UNTIL is applied only up to the day after
 * its UTC date.
 */
export function rruleDaySet(
  text: string,
  startDay: number,
  startMinute = 0,
  endDay = Number.POSITIVE_INFINITY,
): RuleDaySet {
  const parsed = parseDayRule(text);
  if ('error' in parsed) return NO_DAY;
  const { until, count, freq, bySetPos } = parsed.rule;
  // A position beyond the most days a period holds never picks one.
  if (bySetPos?.every((n) => Math.abs(n) > MOST_DAYS[freq])) return NO_DAY;
  const lastDay = until
    ? Math.min(
        endDay,
        Math.floor((until.at - startMinute * MINUTE_MS) / DAY_MS) + (until.utc ? 1 : 0),
      )
    : endDay;
  const periods = new RulePeriods(parsed.rule, startDay, lastDay);
  const days = count === null ? new DayBlocks(periods) : new DayList(countedDays(periods, count));
  return Object.assign(days, { utcUntil: until?.utc ? until.at : Number.POSITIVE_INFINITY });
}

/** A rule with COUNT: its first `count` occurrences, counted from the start day. */
function countedDays(periods: RulePeriods, count: number): number[] {
  const days: number[] = [];
  let emptyRun = 0;
  for (
    let index = 0;
    days.length < count && emptyRun <= periods.cycle && periods.first(index) <= periods.lastStart;
    index++
  ) {
    const next = periods.skipEmptyYears(index);
    emptyRun += next - index;
    index = next;
    if (emptyRun > periods.cycle || periods.first(index) > periods.lastStart) break;
    const found = periods.occurrences(index);
    emptyRun = found.length === 0 ? emptyRun + 1 : 0;
    days.push(...found.slice(0, count - days.length));
  }
  return days.sort((a, b) => a - b);
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

const NO_DAY: RuleDaySet = Object.assign(new DayList([]), { utcUntil: Number.POSITIVE_INFINITY });

/** An open-ended rule, expanded lazily in blocks of days, each from the periods it overlaps. */
class DayBlocks implements DaySet {
  private readonly blocks = new Map<number, Uint8Array>();
  private recentIndex = Number.NaN;
  private recent: Uint8Array = new Uint8Array(0);

  constructor(private readonly periods: RulePeriods) {}

  has(day: number): boolean {
    if (day < this.periods.startDay || day > this.periods.lastDay) return false;
    const index = Math.floor(day / BLOCK_DAYS);
    if (index !== this.recentIndex) {
      let bits = this.blocks.get(index);
      if (!bits) {
        bits = this.expand(index);
        this.blocks.set(index, bits);
      }
      this.recentIndex = index;
      this.recent = bits;
    }
    return this.recent[day - index * BLOCK_DAYS] === 1;
  }

  next(from: number, limit: number): number {
    const end = Math.min(limit, this.periods.lastDay);
    for (let day = Math.max(from, this.periods.startDay); day <= end; day++) {
      if (this.has(day)) return day;
    }
    return end === this.periods.lastDay ? Number.POSITIVE_INFINITY : limit + 1;
  }

  private expand(index: number): Uint8Array {
    const bits = new Uint8Array(BLOCK_DAYS);
    const first = index * BLOCK_DAYS;
    const last = Math.min(first + BLOCK_DAYS - 1, this.periods.lastStart);
    const { periods } = this;
    for (let period = periods.indexFrom(first); periods.first(period) <= last; period++) {
      for (const day of periods.occurrences(period)) {
        if (day >= first && day < first + BLOCK_DAYS) bits[day - first] = 1;
      }
    }
    return bits;
  }
}
