import { floorMod, yearStart } from './gregorian.js';
import { isoWeekday } from './local-day.js';

/**
 * The days of `year` in the weeks BYWEEKNO lists, indexed from 1 January and running 7 days into
 * the next year (left unmarked). Weeks begin on `wkst`; a week belongs to the year holding at
 * least 4 of its days (RFC 5545 §3.3.10, ISO 8601), so late-December days can be in next year's
 * week 1 and early-January days in last year's final week; -1 is a week-year's last week.
 */
export function weekNumberMask(weeks: readonly number[], wkst: number, year: number): Uint8Array {
  const first = yearStart(year);
  const length = yearStart(year + 1) - first;
  const mask = new Uint8Array(length + 7);
  const weekOne = [year - 1, year, year + 1, year + 2].map((y) => firstWeekStart(y, wkst));
  for (let i = 0; i < length; i++) {
    const weekStart = first + i - floorMod(isoWeekday(first + i) - 1 - wkst, 7);
    // The week-year: the last whose week 1 began on or before this week.
    let y = 2;
    while (weekOne[y]! > weekStart) y--;
    const number = (weekStart - weekOne[y]!) / 7 + 1;
    const count = (weekOne[y + 1]! - weekOne[y]!) / 7;
    if (weeks.includes(number) || weeks.includes(number - count - 1)) mask[i] = 1;
  }
  return mask;
}

/** The first day of week 1: the `wkst` day from 29 December to 4 January. */
function firstWeekStart(year: number, wkst: number): number {
  const earliest = yearStart(year) - 3;
  return earliest + floorMod(wkst - (isoWeekday(earliest) - 1), 7);
}
