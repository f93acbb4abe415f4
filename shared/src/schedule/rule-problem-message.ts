import type { RuleProblem } from './rule-problem.js';

/** A rule problem in English, naming its part (the API's 400 message; the admin app translates). */
export function ruleProblemMessage(problem: RuleProblem): string {
  const { part, min, max } = problem;
  switch (problem.code) {
    case 'empty':
      return 'the rule is empty';
    case 'syntax':
      return `expected KEY=VALUE parts, got "${problem.value}"`;
    case 'repeated':
      return `${part} is given twice`;
    case 'refused':
      return `${part} is not supported: the rule chooses days`;
    case 'unknown_part':
      return `${part} is not an RRULE part`;
    case 'bad_until':
      return 'UNTIL must be a real date like 20261231 or 20261231T235959Z';
    case 'bad_weekday':
      return part === 'WKST'
        ? 'WKST must be a weekday (MO … SU)'
        : `${part} must list weekdays like MO or 1MO, got "${problem.value}"`;
    case 'missing_freq':
      return 'FREQ is required (YEARLY, MONTHLY, WEEKLY or DAILY)';
    case 'bad_freq':
      return 'FREQ must be YEARLY, MONTHLY, WEEKLY or DAILY';
    case 'not_with':
      if (problem.with === 'UNTIL') return `${part} and UNTIL cannot both be given: choose one`;
      if (part === 'BYDAY') return `BYDAY with a number (1MO) is not allowed with ${problem.with}`;
      return `${part} is not allowed with ${problem.with}`;
    case 'setpos_alone':
      return 'BYSETPOS needs another BY part (such as BYDAY) to choose among';
    case 'out_of_range':
      if (part === 'BYDAY') return `BYDAY numbers must be from ${min} to ${max}, not 0`;
      if (part === 'INTERVAL' || part === 'COUNT') {
        return `${part} must be a whole number from ${min} to ${max}`;
      }
      return `${part} values must be whole numbers from ${min} to ${max}, not 0`;
    case 'needs_monthly':
      return 'BYDAY with a number (1MO) needs FREQ=MONTHLY or FREQ=YEARLY';
    case 'needs_start':
      return 'COUNT needs a start date to count from';
  }
}
