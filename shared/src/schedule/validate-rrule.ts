import { dayFromDate } from './local-day.js';
import { parseDayRule } from './parse-day-rule.js';

/** DTSTART of rules on entries without a start date: a fixed Monday, so results never drift. */
export const RRULE_ANCHOR_DAY = dayFromDate('2000-01-03');

/** Why an RRULE cannot choose days (a message for the editor), or null when it can. */
export function validateRrule(text: string): string | null {
  const parsed = parseDayRule(text);
  return 'error' in parsed ? parsed.error : null;
}
