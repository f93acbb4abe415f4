import { RuleFactsSchema, type RuleProblem } from '@bangtin/shared';
import { msg, str } from '@lit/localize';

/** A rule problem as the schema or the server's 400 reports it, without its English message. */
export type RuleFacts = Omit<RuleProblem, 'message'>;

/** The rule problem a zod issue's params or a 400 detail carries, or null. */
export function ruleFactsOf(value: unknown): RuleFacts | null {
  return RuleFactsSchema.safeParse(value).data ?? null;
}

/** Why a recurrence rule was refused, naming its part, in the active language. */
export function describeRuleProblem(facts: RuleFacts): string {
  const { part } = facts;
  const value = facts.value ?? '';
  switch (facts.code) {
    case 'empty':
      return msg('Quy tắc lặp đang trống.', { id: 'rule.empty' });
    case 'syntax':
      return msg(str`Quy tắc gồm các phần KHÓA=GIÁ TRỊ; không đọc được “${value}”.`, {
        id: 'rule.syntax',
      });
    case 'repeated':
      return msg(str`${part} được ghi hai lần.`, { id: 'rule.repeated' });
    case 'refused':
      return msg(str`Không dùng được ${part}: quy tắc chỉ chọn ngày, giờ chọn ở ô giờ.`, {
        id: 'rule.refused',
      });
    case 'unknown_part':
      return msg(str`${part} không phải một phần của RRULE.`, { id: 'rule.unknownPart' });
    case 'bad_until':
      return msg('UNTIL phải là một ngày có thật, ví dụ 20261231 hoặc 20261231T235959Z.', {
        id: 'rule.badUntil',
      });
    case 'bad_weekday':
      return msg(str`${part} cần các thứ như MO hoặc 1MO; không đọc được “${value}”.`, {
        id: 'rule.badWeekday',
      });
    case 'missing_freq':
      return msg('Thiếu FREQ (YEARLY, MONTHLY, WEEKLY hoặc DAILY).', { id: 'rule.missingFreq' });
    case 'bad_freq':
      return msg('FREQ phải là YEARLY, MONTHLY, WEEKLY hoặc DAILY.', { id: 'rule.badFreq' });
    case 'not_with':
      return msg(str`Không dùng được ${part} cùng ${facts.with ?? ''}.`, { id: 'rule.notWith' });
    case 'setpos_alone':
      return msg('BYSETPOS cần thêm một phần BY khác (như BYDAY) để chọn trong đó.', {
        id: 'rule.setposAlone',
      });
    case 'out_of_range':
      return msg(
        str`${part} phải là số nguyên từ ${facts.min ?? ''} đến ${facts.max ?? ''}, khác 0.`,
        {
          id: 'rule.outOfRange',
        },
      );
    case 'needs_monthly':
      return msg(str`${part} có số (1MO) cần FREQ=MONTHLY hoặc FREQ=YEARLY.`, {
        id: 'rule.needsMonthly',
      });
    case 'needs_start':
      return msg(str`${part} cần ngày bắt đầu để đếm từ đó.`, { id: 'rule.needsStart' });
  }
}
