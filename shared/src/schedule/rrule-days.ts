import type { DaySet } from './day-set.js';
import { parseDayRule } from './parse-day-rule.js';
import { RulePeriods } from './rule-periods.js';

const BLOCK_DAYS = 512;

/** The days an RRULE produces from `startDay` (its DTSTART); none when the rule is invalid. */
export function rruleDaySet(text: string, startDay: number): DaySet {
  const parsed = parseDayRule(text);
  if ('error' in parsed) return NO_DAY;
  const periods = new RulePeriods(parsed.rule, startDay);
  return parsed.rule.count === null
    ? new DayBlocks(periods)
    : new DayList(countedDays(periods, parsed.rule.count));
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

const NO_DAY: DaySet = new DayList([]);

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
