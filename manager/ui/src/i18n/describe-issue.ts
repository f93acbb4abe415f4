import { msg, str } from '@lit/localize';
import type { core } from 'zod';
import { describeRuleProblem, ruleFactsOf } from './describe-rule-problem.js';
import { plural } from './plural.js';

/** The messages the shared schemas write themselves, in the active language. */
function knownMessage(message: string): string | null {
  switch (message) {
    case 'required':
      return msg('Bắt buộc nhập.', { id: 'issue.required' });
    case 'control characters are not allowed':
      return msg('Không được chứa ký tự điều khiển.', { id: 'issue.control' });
    case 'a phone number holds digits, spaces and + ( ) . - only':
      return msg('Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -', { id: 'issue.phone' });
    case 'unknown IANA time zone':
      return msg('Múi giờ không hợp lệ (ví dụ: Asia/Ho_Chi_Minh).', { id: 'issue.timeZone' });
    case 'expected a lowercase sha256 hex digest':
      return msg('Hãy chọn một tệp trong kho ảnh và video.', { id: 'issue.media' });
    case 'a playlist is required':
      return msg('Hãy chọn danh sách phát.', { id: 'issue.playlist' });
    case 'the end date is before the start date':
      return msg('Ngày kết thúc trước ngày bắt đầu.', { id: 'issue.endDate' });
    case 'give both a start and an end time, or neither':
      return msg('Hãy nhập cả giờ bắt đầu và giờ kết thúc, hoặc để trống cả hai.', {
        id: 'issue.timePair',
      });
    case 'use either weekdays or a recurrence rule':
      return msg('Chỉ chọn các ngày trong tuần hoặc quy tắc lặp, không dùng cả hai.', {
        id: 'issue.weekdaysOrRule',
      });
    case 'Invalid URL':
      return urlMessage();
    default:
      return null;
  }
}

function urlMessage(): string {
  return msg('Địa chỉ web không hợp lệ (bắt đầu bằng http:// hoặc https://).', { id: 'issue.url' });
}

function tooSmall(minimum: number | bigint, origin: string): string {
  const min = Number(minimum);
  if (origin === 'string' && min <= 1) return msg('Bắt buộc nhập.', { id: 'issue.required' });
  if (origin === 'array') {
    return plural(min, {
      one: () => msg(str`Cần ít nhất ${min} mục.`, { id: 'issue.minItems.one' }),
      other: () => msg(str`Cần ít nhất ${min} mục.`, { id: 'issue.minItems' }),
    });
  }
  return msg(str`Giá trị nhỏ nhất là ${min}.`, { id: 'issue.min' });
}

function tooBig(maximum: number | bigint, origin: string): string {
  const max = Number(maximum);
  if (origin === 'string') {
    return plural(max, {
      one: () => msg(str`Tối đa ${max} ký tự.`, { id: 'issue.maxLength.one' }),
      other: () => msg(str`Tối đa ${max} ký tự.`, { id: 'issue.maxLength' }),
    });
  }
  if (origin === 'array') {
    return plural(max, {
      one: () => msg(str`Tối đa ${max} mục.`, { id: 'issue.maxItems.one' }),
      other: () => msg(str`Tối đa ${max} mục.`, { id: 'issue.maxItems' }),
    });
  }
  return msg(str`Giá trị lớn nhất là ${max}.`, { id: 'issue.max' });
}

/** One zod issue from client-side validation, as a sentence for the field it concerns. */
export function describeIssue(issue: core.$ZodIssue): string {
  const rule = issue.code === 'custom' ? ruleFactsOf(issue.params?.rule) : null;
  if (rule !== null) return describeRuleProblem(rule);
  const known = knownMessage(issue.message);
  if (known) return known;
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue.minimum, issue.origin);
    case 'too_big':
      return tooBig(issue.maximum, issue.origin);
    case 'invalid_format':
      return issue.format === 'url'
        ? urlMessage()
        : msg('Không đúng định dạng.', { id: 'issue.format' });
    case 'invalid_type':
      return issue.expected === 'number'
        ? msg('Hãy nhập một số.', { id: 'issue.number' })
        : msg('Bắt buộc nhập.', { id: 'issue.required' });
    case 'invalid_value':
      return msg('Hãy chọn một giá trị trong danh sách.', { id: 'issue.choice' });
    default:
      return msg('Giá trị không hợp lệ.', { id: 'issue.invalid' });
  }
}

/** A message from the server's 400 details; zod's default English wording is recognised. */
export function describeServerMessage(message: string): string {
  const known = knownMessage(message);
  if (known) return known;
  const big = /^Too big: expected (\w+) to (?:have|be) <=?(\d+)/.exec(message);
  if (big) return tooBig(Number(big[2]), big[1] ?? '');
  if (/^unknown \w+$/.test(message)) {
    return msg('Không còn tồn tại — có thể vừa bị xoá. Hãy chọn lại.', { id: 'issue.unknownRef' });
  }
  const small = /^Too small: expected (\w+) to (?:have|be) >=?(\d+)/.exec(message);
  if (small) return tooSmall(Number(small[2]), small[1] ?? '');
  return message;
}
