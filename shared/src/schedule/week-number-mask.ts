import { floorMod, isLeapYear, yearStart } from './gregorian.js';
import { isoWeekday } from './local-day.js';

/**
 * The days of `year` in the weeks BYWEEKNO lists, indexed from 1 January and running 7 days into
 * the next year. Week 1 is the first week (starting on `wkst`) with at least 4 days in the year.
 * A port of `wnomask` in python-dateutil's `_iterinfo.rebuild` (which the rrule library copies),
 * quirks included: https://github.com/dateutil/dateutil/blob/master/src/dateutil/rrule.py
 */
export function weekNumberMask(weeks: readonly number[], wkst: number, year: number): Uint8Array {
  const length = yearStart(year + 1) - yearStart(year);
  const firstWeekday = isoWeekday(yearStart(year)) - 1;
  const mask = new Uint8Array(length + 7);
  const markWeek = (from: number): void => {
    for (let i = from, k = 0; k < 7; k++) {
      mask[i++] = 1;
      if ((firstWeekday + i) % 7 === wkst) break;
    }
  };
  // Days before the first `wkst` of the year; when 4 or more, they form week 1 themselves.
  const firstWkst = floorMod(7 - firstWeekday + wkst, 7);
  const week1 = firstWkst >= 4 ? 0 : firstWkst;
  const weeksLength = firstWkst >= 4 ? length + floorMod(firstWeekday - wkst, 7) : length - week1;
  const weekCount = Math.floor(weeksLength / 7) + Math.floor(floorMod(weeksLength, 7) / 4);
  const weekStart = (n: number): number =>
    n === 1 ? week1 : week1 + (n - 1) * 7 - (week1 !== firstWkst ? 7 - firstWkst : 0);
  for (const listed of weeks) {
    const n = listed < 0 ? listed + weekCount + 1 : listed;
    if (n > 0 && n <= weekCount) markWeek(weekStart(n));
  }
  // Late December days can belong to week 1 of the next year.
  if (weeks.includes(1)) {
    const next = weekStart(weekCount + 1);
    if (next < length) markWeek(next);
  }
  // Early January days can belong to the last week of the previous year.
  if (week1 > 0 && weeks.includes(lastWeekOfPreviousYear(weeks, wkst, year, length, week1))) {
    mask.fill(1, 0, week1);
  }
  return mask;
}

/** dateutil's `lnumweeks`, including its use of this year's length in one branch. */
function lastWeekOfPreviousYear(
  weeks: readonly number[],
  wkst: number,
  year: number,
  length: number,
  week1: number,
): number {
  if (weeks.includes(-1)) return -1;
  const previousWeekday = isoWeekday(yearStart(year - 1)) - 1;
  const previousLength = isLeapYear(year - 1) ? 366 : 365;
  const weeksLength =
    floorMod(7 - previousWeekday + wkst, 7) >= 4
      ? previousLength + floorMod(previousWeekday - wkst, 7)
      : length - week1;
  return 52 + Math.floor(floorMod(weeksLength, 7) / 4);
}
