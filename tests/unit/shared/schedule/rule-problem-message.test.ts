import { describe, expect, it } from 'vitest';
import { parseDayRule } from '../../../../shared/src/schedule/parse-day-rule.js';
import { ruleProblemMessage } from '../../../../shared/src/schedule/rule-problem-message.js';
import { rruleProblem } from '../../../../shared/src/schedule/validate-rrule.js';

describe('a rule problem in English', () => {
  it.each([
    ['', 'the rule is empty'],
    ['FREQ', 'expected KEY=VALUE parts, got "FREQ"'],
    ['FREQ=DAILY;WKST=XX', 'WKST must be a weekday (MO … SU)'],
    ['FREQ=WEEKLY;BYDAY=1XX', 'BYDAY must list weekdays like MO or 1MO, got "1XX"'],
    ['FREQ=DAILY;INTERVAL=2,3', 'INTERVAL must be a whole number from 1 to 1000'],
    ['FREQ=YEARLY;BYWEEKNO=54', 'BYWEEKNO values must be whole numbers from -53 to 53, not 0'],
    ['FREQ=MONTHLY;BYDAY=60MO', 'BYDAY numbers must be from -53 to 53, not 0'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20261231', 'COUNT and UNTIL cannot both be given: choose one'],
    ['FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO', 'BYDAY with a number (1MO) is not allowed with BYWEEKNO'],
    ['FREQ=MONTHLY;BYWEEKNO=1', 'BYWEEKNO is not allowed with FREQ=MONTHLY'],
    ['FREQ=DAILY;COUNT=3', 'COUNT needs a start date to count from'],
  ])('words the problem of %j as %j', (rule, message) => {
    const problem = rruleProblem(rule);
    expect(problem).not.toBeNull();
    expect(ruleProblemMessage(problem!)).toBe(message);
  });

  it('is not part of what the parser returns, so a screen that only plays rules has no sentences', () => {
    expect(parseDayRule('FREQ=DAILY;BYHOUR=9')).toEqual({
      error: { code: 'refused', part: 'BYHOUR' },
    });
  });
});
