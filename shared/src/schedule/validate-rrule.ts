import { dayFromDate } from './local-day.js';
import { parseDayRule } from './parse-day-rule.js';

/** DTSTART of rules on entries without a start date: a fixed Monday, so results never drift. */
export const RRULE_ANCHOR_DAY = dayFromDate('2000-01-03');

/**
 * Why an RRULE cannot choose days (a message for the editor that names the part), or null when
 * it can. COUNT counts from the start date, so a rule with COUNT needs one.
 */
export function validateRrule(text: string, startDate: string | null = null): string | null {
  const parsed = parseDayRule(text);
  if ('error' in parsed) return parsed.error;
  return parsed.rule.count !== null && startDate === null
    ? 'COUNT needs a start date to count from'
    : null;
}
