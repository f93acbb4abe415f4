import type { DaySet } from './day-set.js';
import { dayFromDate } from './local-day.js';

/** The organisation's holidays as local day numbers, ascending and without repeats. */
export function holidayDays(dates: readonly string[]): number[] {
  return [...new Set(dates.map(dayFromDate))].sort((a, b) => a - b);
}

/**
 * The holidays (a short list: a linear search is enough), or those that `rule` also chooses.
 * Past the last holiday there is none: later ones are not known yet.
 */
export function holidaySet(days: readonly number[], rule: DaySet | null): DaySet {
  const has = (day: number) => days.includes(day) && (rule === null || rule.has(day));
  return {
    has,
    next: (from) => days.find((day) => day >= from && has(day)) ?? Number.POSITIVE_INFINITY,
  };
}
