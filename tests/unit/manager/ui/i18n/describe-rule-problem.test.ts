import { RULE_PROBLEM_CODES, ScheduleEntryInputSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { zodIssues } from '../../../../../manager/src/errors.js';
import { ApiFailure } from '../../../../../manager/ui/src/api/api-failure.js';
import { errorsFromFailure, validate } from '../../../../../manager/ui/src/forms/field-errors.js';
import { ruleProblemTemplates } from '../../../../../manager/ui/src/i18n/locales/en-rule-problems.js';

const entry = (rrule: string, startDate: string | null = '2026-01-01') => ({
  name: 'Giờ mở cửa',
  playlistId: 'p1',
  startDate,
  rrule,
});

/** The rrule error the admin form shows, from its own check and from the server's 400. */
function formErrors(rrule: string, startDate?: string | null): [string?, string?] {
  const checked = validate(ScheduleEntryInputSchema, entry(rrule, startDate));
  if (checked.ok) return [];
  const parsed = ScheduleEntryInputSchema.safeParse(entry(rrule, startDate));
  const details = parsed.success ? [] : zodIssues(parsed.error);
  const fromServer = errorsFromFailure(new ApiFailure(400, 'invalid_input', 'invalid', details));
  return [checked.errors.rrule, fromServer.rrule];
}

describe('refused recurrence rules in the admin form', () => {
  it.each([
    ['FREQ=DAILY;COUNT=3;UNTIL=20261231', 'Không dùng được COUNT cùng UNTIL.'],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'Không dùng được BYMONTHDAY cùng FREQ=WEEKLY.'],
    ['FREQ=DAILY;BYHOUR=8', 'Không dùng được BYHOUR: quy tắc chỉ chọn ngày, giờ chọn ở ô giờ.'],
    ['FREQ=WEEKLY;BYDAY=1MO', 'BYDAY có số (1MO) cần FREQ=MONTHLY hoặc FREQ=YEARLY.'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY phải là số nguyên từ -31 đến 31, khác 0.'],
    ['FREQ=DAILY;BYDAY=XX', 'BYDAY cần các thứ như MO hoặc 1MO; không đọc được “XX”.'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ được ghi hai lần.'],
  ])('says in Vietnamese why %s is refused, naming the part', (rrule, message) => {
    expect(formErrors(rrule)).toEqual([message, message]);
  });

  it('names COUNT when there is no start date to count from', () => {
    const message = 'COUNT cần ngày bắt đầu để đếm từ đó.';
    expect(formErrors('FREQ=DAILY;COUNT=3', null)).toEqual([message, message]);
  });

  it('keeps the English message in the API detail, with the part beside it', () => {
    const parsed = ScheduleEntryInputSchema.safeParse(entry('FREQ=DAILY;COUNT=2;UNTIL=20261231'));
    expect(parsed.success ? [] : zodIssues(parsed.error)).toContainEqual({
      path: 'rrule',
      message: 'COUNT and UNTIL cannot both be given: choose one',
      rule: { code: 'not_with', part: 'COUNT', with: 'UNTIL' },
    });
  });

  it('has an English text for every kind of problem', () => {
    expect(Object.keys(ruleProblemTemplates)).toHaveLength(RULE_PROBLEM_CODES.length);
  });
});
