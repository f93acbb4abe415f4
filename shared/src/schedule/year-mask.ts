import type { DayRule } from './day-rule.js';
import { floorMod, monthStarts, yearStart } from './gregorian.js';
import { isoWeekday } from './local-day.js';
import { weekNumberMask } from './week-number-mask.js';

/**
 * Which days pass the rule's BY* filters (1 = passes), indexed from 1 January of `year` and
 * running 7 days into the next year: like dateutil, a weekly period that crosses new year is
 * judged with the masks of the year it starts in.
 */
export function yearMask(rule: DayRule, year: number): Uint8Array {
  const first = yearStart(year);
  const length = yearStart(year + 1) - first;
  const nextLength = yearStart(year + 2) - yearStart(year + 1);
  const starts = monthStarts(year);
  const firstWeekday = isoWeekday(first) - 1;
  const weeks = rule.byWeekNo && weekNumberMask(rule.byWeekNo, rule.wkst, year);
  const nth = rule.byNthWeekday && nthWeekdayMask(rule, rule.byNthWeekday, starts, firstWeekday);
  const mask = new Uint8Array(length + 7);
  let month = 1;
  for (let i = 0; i < mask.length; i++) {
    const inNextYear = i >= length;
    while (!inNextYear && i >= starts[month]!) month++;
    // Days in the next year are its first days of January.
    const monthDay = inNextYear ? i - length + 1 : i - starts[month - 1]! + 1;
    const fromMonthEnd = inNextYear ? monthDay - 32 : i - starts[month]!;
    const yearDay = inNextYear ? i - length + 1 : i + 1;
    const fromYearEnd = inNextYear ? yearDay - nextLength - 1 : i - length;
    const passes =
      (!rule.byMonth || rule.byMonth.includes(inNextYear ? 1 : month)) &&
      (!weeks || weeks[i] === 1) &&
      // Plain and numbered BYDAY entries pick the union of their days.
      ((!rule.byWeekday && !nth) ||
        rule.byWeekday?.includes((firstWeekday + i) % 7) ||
        nth?.[i] === 1) &&
      (!rule.byMonthDay ||
        rule.byMonthDay.includes(monthDay) ||
        rule.byMonthDay.includes(fromMonthEnd)) &&
      (!rule.byYearDay || rule.byYearDay.includes(yearDay) || rule.byYearDay.includes(fromYearEnd));
    if (passes) mask[i] = 1;
  }
  return mask;
}

/**
 * The days BYDAY numbers pick (1MO: the first Monday), counted within each month for MONTHLY
 * rules and YEARLY rules with BYMONTH, else within the year.
 */
function nthWeekdayMask(
  rule: DayRule,
  nthWeekdays: readonly (readonly [number, number])[],
  starts: readonly number[],
  firstWeekday: number,
): Uint8Array {
  const length = starts[12]!;
  const months = rule.freq === 'YEARLY' ? rule.byMonth : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const ranges = months
    ? months.map((month) => [starts[month - 1]!, starts[month]! - 1] as const)
    : [[0, length - 1] as const];
  // Sized like the year mask so its days in the next year read as "not picked".
  const mask = new Uint8Array(length + 7);
  const weekdayAt = (i: number): number => (firstWeekday + i) % 7;
  for (const [first, last] of ranges) {
    for (const [weekday, n] of nthWeekdays) {
      const i =
        n > 0
          ? first + floorMod(weekday - weekdayAt(first), 7) + (n - 1) * 7
          : last - floorMod(weekdayAt(last) - weekday, 7) + (n + 1) * 7;
      if (i >= first && i <= last) mask[i] = 1;
    }
  }
  return mask;
}
