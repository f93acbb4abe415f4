import type { DayRule } from './day-rule.js';
import { monthIndexOfDay, monthStarts, yearOfDay, yearStart } from './gregorian.js';
import { isoWeekday } from './local-day.js';

/** rrule fills BYMONTHDAY/BYMONTH/BYDAY from the start day when a rule chooses no days itself. */
export function withStartDefaults(rule: DayRule, startDay: number): DayRule {
  const selectors = [
    rule.byWeekNo,
    rule.byYearDay,
    rule.byMonthDay,
    rule.byWeekday,
    rule.byNthWeekday,
  ];
  if (selectors.some((selector) => selector !== null)) return rule;
  const year = yearOfDay(startDay);
  const month = monthIndexOfDay(startDay) - year * 12 + 1;
  const monthDay = startDay - yearStart(year) - monthStarts(year)[month - 1]! + 1;
  switch (rule.freq) {
    case 'YEARLY':
      return { ...rule, byMonth: rule.byMonth ?? [month], byMonthDay: [monthDay] };
    case 'MONTHLY':
      return { ...rule, byMonthDay: [monthDay] };
    case 'WEEKLY':
      return { ...rule, byWeekday: [isoWeekday(startDay) - 1] };
    default:
      return rule;
  }
}
