import { describe, expect, it } from 'vitest';
import {
  describeTiming,
  type EntryTiming,
} from '../../../../../manager/ui/src/format/describe-schedule.js';

const plain: EntryTiming = {
  weekdays: [],
  startTime: null,
  endTime: null,
  rrule: null,
  startDate: null,
  endDate: null,
};
const timing = (overrides: Partial<EntryTiming>): EntryTiming => ({ ...plain, ...overrides });

describe('describeTiming', () => {
  it.each([
    [
      timing({ weekdays: [1, 2, 3, 4, 5], startTime: '07:30', endTime: '11:30' }),
      'Thứ Hai – Thứ Sáu, 07:30–11:30',
      'Monday – Friday, 07:30–11:30',
    ],
    [
      timing({ weekdays: [6], startTime: '07:30', endTime: '11:30' }),
      'Thứ Bảy, 07:30–11:30',
      'Saturday, 07:30–11:30',
    ],
    [
      timing({
        weekdays: [1, 2, 3, 4, 5],
        startTime: '07:30',
        endTime: '11:30',
        holidayMode: 'skip',
      }),
      'Thứ Hai – Thứ Sáu, 07:30–11:30, trừ ngày lễ',
      'Monday – Friday, 07:30–11:30, except public holidays',
    ],
    [
      timing({ holidayMode: 'only' }),
      'Mọi ngày, cả ngày, chỉ vào ngày lễ',
      'Every day, all day, on public holidays only',
    ],
    [
      timing({ weekdays: [6], startTime: '07:30', endTime: '11:30', holidayMode: 'ignore' }),
      'Thứ Bảy, 07:30–11:30',
      'Saturday, 07:30–11:30',
    ],
    [timing({}), 'Mọi ngày, cả ngày', 'Every day, all day'],
    [timing({ weekdays: [1, 3] }), 'Thứ Hai, Thứ Tư, cả ngày', 'Monday, Wednesday, all day'],
    [
      timing({ weekdays: [1, 2, 3, 6, 7] }),
      'Thứ Hai – Thứ Tư, Thứ Bảy, Chủ Nhật, cả ngày',
      'Monday – Wednesday, Saturday, Sunday, all day',
    ],
    [
      timing({ weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '22:00', endTime: '06:00' }),
      'Mọi ngày, 22:00–06:00 hôm sau',
      'Every day, 22:00–06:00 next day',
    ],
    [
      timing({ startTime: '17:00', endTime: '00:00' }),
      'Mọi ngày, 17:00–00:00',
      'Every day, 17:00–00:00',
    ],
    [
      timing({ startDate: '2027-01-04', endDate: '2027-01-31' }),
      'Mọi ngày, cả ngày, từ 04/01/2027, đến 31/01/2027',
      'Every day, all day, from 04/01/2027, until 31/01/2027',
    ],
    [
      timing({ startDate: '2026-12-06', startTime: '10:15', endTime: '10:15' }),
      'Liên tục từ 10:15 ngày 06/12/2026',
      'Continuously from 10:15 on 06/12/2026',
    ],
  ])('describes weekdays and hours: %#', (entry, vi, en) => {
    expect(describeTiming(entry, 'vi')).toBe(vi);
    expect(describeTiming(entry, 'en')).toBe(en);
  });

  it.each([
    ['FREQ=MONTHLY;BYDAY=1MO', 'Ngày thứ Hai đầu tiên của tháng', 'The first Monday of the month'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Ngày thứ Sáu cuối cùng của tháng', 'The last Friday of the month'],
    [
      'FREQ=MONTHLY;BYDAY=2TU,4TU',
      'Ngày thứ Ba thứ hai của tháng, Ngày thứ Ba thứ tư của tháng',
      'The second Tuesday of the month, The fourth Tuesday of the month',
    ],
    ['FREQ=MONTHLY;BYDAY=1SU', 'Ngày Chủ Nhật đầu tiên của tháng', 'The first Sunday of the month'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'Ngày 1, 15 hằng tháng', 'Day 1, 15 of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'Ngày cuối cùng của tháng', 'Last day of the month'],
    [
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'Ngày cuối cùng trong các ngày Thứ Hai – Thứ Sáu của tháng',
      'The last of Monday – Friday in the month',
    ],
    ['FREQ=MONTHLY', 'Hằng tháng', 'Monthly'],
    [
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10',
      'Ngày 10 hằng tháng, cách 3 tháng một lần',
      'Day 10 of every month, every 3 months',
    ],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'Thứ Hai – Thứ Sáu', 'Monday – Friday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', 'Thứ Bảy, cách 2 tuần một lần', 'Saturday, every 2 weeks'],
    ['FREQ=WEEKLY', 'Mỗi tuần một lần', 'Once a week'],
    ['FREQ=DAILY', 'Mọi ngày', 'Every day'],
    ['FREQ=DAILY;INTERVAL=2', 'Cách 2 ngày một lần', 'Every 2 days'],
    ['FREQ=DAILY;BYMONTH=1,2', 'Mọi ngày, vào tháng 1, 2', 'Every day, in January, February'],
    ['FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2', 'Ngày 2 tháng 9 hằng năm', 'Every year on 2 September'],
    [
      'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
      'Ngày thứ Năm thứ tư của tháng 11 hằng năm',
      'The fourth Thursday of November every year',
    ],
    ['FREQ=YEARLY', 'Hằng năm', 'Yearly'],
    [
      'FREQ=MONTHLY;BYDAY=1MO;COUNT=6',
      'Ngày thứ Hai đầu tiên của tháng (6 lần)',
      'The first Monday of the month (6 times)',
    ],
    [
      'FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231',
      'Thứ Hai (có ngày kết thúc)',
      'Monday (with an end date)',
    ],
    [
      'rrule:freq=monthly;byday=1mo',
      'Ngày thứ Hai đầu tiên của tháng',
      'The first Monday of the month',
    ],
  ])('describes %s from the parsed rule', (rrule, vi, en) => {
    expect(describeTiming(timing({ rrule }), 'vi')).toBe(`${vi}, cả ngày`);
    expect(describeTiming(timing({ rrule }), 'en')).toBe(`${en}, all day`);
  });

  it.each([
    'FREQ=YEARLY;BYWEEKNO=20',
    'FREQ=YEARLY;BYYEARDAY=100',
    'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1,2',
    'FREQ=YEARLY;BYMONTH=1,2;BYMONTHDAY=3',
    'FREQ=MONTHLY;BYMONTHDAY=-2,5',
    'not a rule',
  ])('falls back to plain wording for %s, never the rule text', (rrule) => {
    const vi = describeTiming(timing({ rrule, startTime: '08:00', endTime: '09:00' }), 'vi');
    expect(vi).toBe('Theo quy tắc lặp tùy chỉnh, 08:00–09:00');
    expect(vi).not.toMatch(/FREQ|RFC/);
    expect(describeTiming(timing({ rrule }), 'en')).toBe('By a custom repeat rule, all day');
  });
});
