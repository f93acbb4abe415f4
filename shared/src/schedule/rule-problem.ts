/** Why an RRULE cannot choose days, by kind, so that a screen can say it in its own language. */
export const RULE_PROBLEM_CODES = [
  'empty',
  'syntax',
  'repeated',
  'refused',
  'unknown_part',
  'bad_until',
  'bad_weekday',
  'missing_freq',
  'bad_freq',
  'not_with',
  'setpos_alone',
  'out_of_range',
  'needs_monthly',
  'needs_start',
] as const;
export type RuleProblemCode = (typeof RULE_PROBLEM_CODES)[number];

/**
 * One problem with a rule, as facts: `part` is the part it names (COUNT, BYDAY…), `with` the part
 * or frequency it clashes with, `value` the text that could not be read. ruleProblemMessage says
 * it in English; screens that only play rules never carry the sentences.
 */
export interface RuleProblem {
  code: RuleProblemCode;
  part: string;
  with?: string;
  value?: string;
  min?: number;
  max?: number;
}
