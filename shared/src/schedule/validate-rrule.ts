import { dayFromDate } from './local-day.js';
import { parseDayRule } from './parse-day-rule.js';
import type { RuleProblem } from './rule-problem.js';
import { ruleProblemMessage } from './rule-problem-message.js';

/** DTSTART of rules on entries without a start date: a fixed Monday, so results never drift. */
export const RRULE_ANCHOR_DAY = dayFromDate('2000-01-03');

/**
 * Why an RRULE cannot choose days (naming the part), or null when it can. COUNT counts from the
 * start date, so a rule with COUNT needs one.
 */
export function rruleProblem(text: string, startDate: string | null = null): RuleProblem | null {
  const parsed = parseDayRule(text);
  if ('error' in parsed) return parsed.error;
  return parsed.rule.count !== null && startDate === null
    ? { code: 'needs_start', part: 'COUNT' }
    : null;
}

/** The English message of rruleProblem, or null when the rule can choose days. */
export function validateRrule(text: string, startDate: string | null = null): string | null {
  const problem = rruleProblem(text, startDate);
  return problem === null ? null : ruleProblemMessage(problem);
}
