import { type DayRule, parseDayRule } from '@bangtin/shared';

export type DescribeLocale = 'vi' | 'en';

/** The fields of an entry that say when it plays. */
export interface EntryTiming {
  weekdays: readonly number[];
  startTime: string | null;
  endTime: string | null;
  rrule: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Absent where the entry's kind makes it irrelevant (a conflict window, say). */
  holidayMode?: 'skip' | 'only' | 'ignore';
}

const WORDS = {
  vi: {
    weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
    everyDay: 'Mọi ngày',
    allDay: 'cả ngày',
    nextDay: 'hôm sau',
    from: (date: string) => `từ ${date}`,
    continuousFrom: (time: string, date: string) => `Liên tục từ ${time} ngày ${date}`,
    until: (date: string) => `đến ${date}`,
    custom: 'Theo quy tắc lặp tùy chỉnh',
    everyNDays: (n: number) => `Cách ${n} ngày một lần`,
    weekly: 'Mỗi tuần một lần',
    everyNWeeks: (n: number) => `cách ${n} tuần một lần`,
    monthly: 'Hằng tháng',
    everyNMonths: (n: number) => `cách ${n} tháng một lần`,
    yearly: 'Hằng năm',
    everyNYears: (n: number) => `cách ${n} năm một lần`,
    monthDays: (days: string) => `Ngày ${days} hằng tháng`,
    lastDayOfMonth: 'Ngày cuối cùng của tháng',
    nthWeekday: (weekday: string, nth: string) => `Ngày ${lower(weekday)} ${nth} của tháng`,
    setPosOf: (nth: string, days: string) => `Ngày ${nth} trong các ngày ${days} của tháng`,
    inMonths: (months: string) => `vào tháng ${months}`,
    yearDate: (day: number, month: number) => `Ngày ${day} tháng ${month} hằng năm`,
    nthWeekdayOfMonth: (weekday: string, nth: string, month: number) =>
      `Ngày ${lower(weekday)} ${nth} của tháng ${month} hằng năm`,
    times: (n: number) => `${n} lần`,
    hasEnd: 'có ngày kết thúc',
    exceptHolidays: 'trừ ngày lễ',
    onlyHolidays: 'chỉ vào ngày lễ',
    ordinal: (n: number) =>
      VI_ORDINALS[n] ?? (n > 0 ? `thứ ${VI_COUNTS[n] ?? n}` : `thứ ${-n} từ cuối`),
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    everyDay: 'Every day',
    allDay: 'all day',
    nextDay: 'next day',
    from: (date: string) => `from ${date}`,
    continuousFrom: (time: string, date: string) => `Continuously from ${time} on ${date}`,
    until: (date: string) => `until ${date}`,
    custom: 'By a custom repeat rule',
    everyNDays: (n: number) => `Every ${n} days`,
    weekly: 'Once a week',
    everyNWeeks: (n: number) => `every ${n} weeks`,
    monthly: 'Monthly',
    everyNMonths: (n: number) => `every ${n} months`,
    yearly: 'Yearly',
    everyNYears: (n: number) => `every ${n} years`,
    monthDays: (days: string) => `Day ${days} of every month`,
    lastDayOfMonth: 'Last day of the month',
    nthWeekday: (weekday: string, nth: string) => `The ${nth} ${weekday} of the month`,
    setPosOf: (nth: string, days: string) => `The ${nth} of ${days} in the month`,
    inMonths: (months: string) => `in ${months}`,
    yearDate: (day: number, month: number) => `Every year on ${day} ${EN_MONTHS[month - 1]}`,
    nthWeekdayOfMonth: (weekday: string, nth: string, month: number) =>
      `The ${nth} ${weekday} of ${EN_MONTHS[month - 1]} every year`,
    times: (n: number) => `${n} times`,
    hasEnd: 'with an end date',
    exceptHolidays: 'except public holidays',
    onlyHolidays: 'on public holidays only',
    ordinal: (n: number) => EN_ORDINALS[n] ?? (n > 0 ? `${n}th` : `${-n}th-to-last`),
  },
} as const;

const VI_ORDINALS: Record<number, string> = { 1: 'đầu tiên', [-1]: 'cuối cùng', [-2]: 'áp chót' };
const VI_COUNTS: Record<number, string> = { 2: 'hai', 3: 'ba', 4: 'tư', 5: 'năm' };
const EN_ORDINALS: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  [-1]: 'last',
  [-2]: 'second-to-last',
};
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Words = (typeof WORDS)[DescribeLocale];

/** "Thứ Hai" inside a sentence is "thứ Hai"; "Chủ Nhật" stays as it is. */
function lower(weekday: string): string {
  return weekday.replace(/^Thứ /, 'thứ ');
}

/**
 * When an entry plays, in plain words: "Thứ Hai – Thứ Sáu, 07:30–11:30". Built from the
 * weekdays or the parsed rule, never from the rule's text; a rule this cannot put in words
 * reads as a custom rule.
 */
export function describeTiming(entry: EntryTiming, locale: DescribeLocale): string {
  const words = WORDS[locale];
  // A whole-day window from a start minute, every day: one stretch from that instant (an
  // urgent notice sent at that minute).
  const start = entry.startTime;
  if (start !== null && start === entry.endTime && entry.startDate && isEveryDay(entry)) {
    return words.continuousFrom(start, displayDate(entry.startDate));
  }
  const days = entry.rrule
    ? describeRuleText(entry.rrule, words)
    : describeWeekdays(entry.weekdays, words);
  const parts = [days, describeHours(entry.startTime, entry.endTime, words)];
  if (entry.startDate) parts.push(words.from(displayDate(entry.startDate)));
  if (entry.endDate) parts.push(words.until(displayDate(entry.endDate)));
  if (entry.holidayMode === 'skip') parts.push(words.exceptHolidays);
  if (entry.holidayMode === 'only') parts.push(words.onlyHolidays);
  return parts.join(', ');
}

function isEveryDay(entry: EntryTiming): boolean {
  return entry.rrule === null && entry.endDate === null && entry.weekdays.length === 0;
}

/** ISO weekdays (1 = Monday) as runs: "Thứ Hai – Thứ Sáu", "Thứ Hai, Thứ Tư"; none is every day. */
export function describeWeekdays(weekdays: readonly number[], words: Words): string {
  const set = [...new Set(weekdays)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b);
  if (set.length === 0 || set.length === 7) return words.everyDay;
  const runs: [number, number][] = [];
  for (const day of set) {
    const last = runs.at(-1);
    if (last && last[1] === day - 1) last[1] = day;
    else runs.push([day, day]);
  }
  const name = (day: number) => words.weekdays[day - 1] ?? String(day);
  return runs
    .flatMap(([first, last]) =>
      last - first >= 2
        ? [`${name(first)} – ${name(last)}`]
        : Array.from({ length: last - first + 1 }, (_, i) => name(first + i)),
    )
    .join(', ');
}

function describeHours(start: string | null, end: string | null, words: Words): string {
  if (start === null || end === null) return words.allDay;
  return end <= start && end !== '00:00' ? `${start}–${end} ${words.nextDay}` : `${start}–${end}`;
}

function displayDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

function describeRuleText(text: string, words: Words): string {
  const parsed = parseDayRule(text);
  if ('error' in parsed) return words.custom;
  return describeRule(parsed.rule, words);
}

/** The days a parsed rule chooses, in words; the custom-rule wording for shapes it cannot say. */
export function describeRule(rule: DayRule, words: Words): string {
  if (rule.byYearDay || rule.byWeekNo) return words.custom;
  const base = describeBase(rule, words);
  if (base === null) return words.custom;
  const limits = [];
  if (rule.count !== null) limits.push(words.times(rule.count));
  if (rule.until !== null) limits.push(words.hasEnd);
  return limits.length > 0 ? `${base} (${limits.join(', ')})` : base;
}

/** ISO weekday (1–7) of an RRULE weekday index (0 = MO). */
const iso = (weekday: number) => weekday + 1;

function describeBase(rule: DayRule, words: Words): string | null {
  const plainDays = rule.byWeekday ? describeWeekdays(rule.byWeekday.map(iso), words) : null;
  const every = (text: string, n: number, each: (n: number) => string) =>
    n === 1 ? text : `${text}, ${each(n)}`;
  switch (rule.freq) {
    case 'DAILY': {
      if (rule.byMonthDay || rule.byNthWeekday || rule.bySetPos) return null;
      if (plainDays && rule.interval > 1) return null;
      const days =
        plainDays ?? (rule.interval === 1 ? words.everyDay : words.everyNDays(rule.interval));
      return withMonths(days, rule, words);
    }
    case 'WEEKLY': {
      if (rule.byMonthDay || rule.bySetPos) return null;
      const days = every(plainDays ?? words.weekly, rule.interval, words.everyNWeeks);
      return withMonths(days, rule, words);
    }
    case 'MONTHLY': {
      const days = monthDays(rule, plainDays, words);
      if (days === null) return null;
      return withMonths(every(days, rule.interval, words.everyNMonths), rule, words);
    }
    case 'YEARLY': {
      const days = yearDays(rule, words);
      return days === null ? null : every(days, rule.interval, words.everyNYears);
    }
  }
}

function monthDays(rule: DayRule, plainDays: string | null, words: Words): string | null {
  if (rule.bySetPos) {
    if (rule.bySetPos.length !== 1 || !plainDays || rule.byNthWeekday || rule.byMonthDay) {
      return null;
    }
    return words.setPosOf(words.ordinal(rule.bySetPos[0] ?? 1), plainDays);
  }
  const parts: string[] = [];
  if (rule.byMonthDay) {
    if (rule.byMonthDay.length === 1 && rule.byMonthDay[0] === -1) parts.push(words.lastDayOfMonth);
    else if (rule.byMonthDay.every((day) => day > 0)) {
      parts.push(words.monthDays([...rule.byMonthDay].sort((a, b) => a - b).join(', ')));
    } else return null;
  }
  for (const [weekday, nth] of rule.byNthWeekday ?? []) {
    parts.push(words.nthWeekday(words.weekdays[weekday] ?? '', words.ordinal(nth)));
  }
  // Plain weekdays beside numbered ones are every such day of the month.
  if (plainDays) parts.push(plainDays);
  return parts.length > 0 ? parts.join(', ') : words.monthly;
}

function yearDays(rule: DayRule, words: Words): string | null {
  const month = rule.byMonth?.length === 1 ? rule.byMonth[0] : undefined;
  if (rule.bySetPos || rule.byWeekday) return null;
  if (!rule.byMonth && !rule.byMonthDay && !rule.byNthWeekday) return words.yearly;
  if (month === undefined) return null;
  if (rule.byMonthDay?.length === 1 && !rule.byNthWeekday && (rule.byMonthDay[0] ?? 0) > 0) {
    return words.yearDate(rule.byMonthDay[0] ?? 1, month);
  }
  if (rule.byNthWeekday?.length === 1 && !rule.byMonthDay) {
    const [weekday, nth] = rule.byNthWeekday[0] ?? [0, 1];
    return words.nthWeekdayOfMonth(words.weekdays[weekday] ?? '', words.ordinal(nth), month);
  }
  return null;
}

function withMonths(days: string, rule: DayRule, words: Words): string {
  if (!rule.byMonth) return days;
  const months = [...rule.byMonth].sort((a, b) => a - b);
  const names = words === WORDS.en ? months.map((m) => EN_MONTHS[m - 1]) : months;
  return `${days}, ${words.inMonths(names.join(', '))}`;
}

/** The words of one locale, for callers that describe parts (weekday runs) on their own. */
export function wordsOf(locale: DescribeLocale): Words {
  return WORDS[locale];
}
