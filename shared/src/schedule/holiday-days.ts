import type { DaySet } from './day-set.js';
import { dayFromDate } from './local-day.js';

/** The organisation's holidays as local day numbers, ascending and without repeats. */
export class HolidayDays implements DaySet {
  readonly days: readonly number[];
  private readonly set: ReadonlySet<number>;

  constructor(dates: readonly string[]) {
    this.set = new Set(dates.map(dayFromDate));
    this.days = [...this.set].sort((a, b) => a - b);
  }

  has(day: number): boolean {
    return this.set.has(day);
  }

  /** The first holiday >= from; Infinity past the last one (later ones are not known yet). */
  next(from: number): number {
    const { days } = this;
    let low = 0;
    let high = days.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (days[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return days[low] ?? Number.POSITIVE_INFINITY;
  }
}

/** The days in both sets (a rule's days that are also holidays), searched by leapfrogging. */
export function bothDaySets(first: DaySet, second: DaySet): DaySet {
  return {
    has: (day) => first.has(day) && second.has(day),
    next(from, limit) {
      for (let day = from; ; ) {
        const candidate = first.next(day, limit);
        if (candidate > limit) return candidate;
        const other = second.next(candidate, limit);
        if (other === candidate || other > limit) return other;
        day = other;
      }
    },
  };
}
