import { str } from '@lit/localize';

/** English for refused recurrence rules (see describe-rule-problem.ts). */
export const ruleProblemTemplates = {
  'rule.empty': 'The recurrence rule is empty.',
  'rule.syntax': str`A rule is made of KEY=VALUE parts; “${0}” cannot be read.`,
  'rule.repeated': str`${0} is given twice.`,
  'rule.refused': str`${0} cannot be used: the rule chooses days, the time fields choose hours.`,
  'rule.unknownPart': str`${0} is not an RRULE part.`,
  'rule.badUntil': 'UNTIL must be a real date, such as 20261231 or 20261231T235959Z.',
  'rule.badWeekday': str`${0} needs weekdays such as MO or 1MO; “${1}” cannot be read.`,
  'rule.missingFreq': 'FREQ is missing (YEARLY, MONTHLY, WEEKLY or DAILY).',
  'rule.badFreq': 'FREQ must be YEARLY, MONTHLY, WEEKLY or DAILY.',
  'rule.notWith': str`${0} cannot be used with ${1}.`,
  'rule.setposAlone': 'BYSETPOS needs another BY part (such as BYDAY) to choose among.',
  'rule.outOfRange': str`${0} must be a whole number from ${1} to ${2}, not 0.`,
  'rule.needsMonthly': str`${0} with a number (1MO) needs FREQ=MONTHLY or FREQ=YEARLY.`,
  'rule.needsStart': str`${0} needs a start date to count from.`,
};
