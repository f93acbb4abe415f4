/**
 * RFC 5545 §3.3.10 recurrence at the level of days, written from the RFC's text as plainly as
 * possible and independently of shared/src/schedule (slow on purpose: every candidate day of
 * every period is built and tested). Tests take it as the truth for the fast evaluator.
 *
 * Read as the RFC says, for the rules the schedule accepts (FREQ=YEARLY … DAILY, no BYHOUR …):
 * 1. The periods: the year, month, week (starting on WKST) or day holding DTSTART, then every
 *    INTERVAL-th one after it.
 * 2. Information the rule lacks comes from DTSTART: with none of BYWEEKNO, BYYEARDAY,
 *    BYMONTHDAY or BYDAY, a YEARLY rule takes DTSTART's month (unless BYMONTH) and day of the
 *    month, a MONTHLY one its day of the month, a WEEKLY one its weekday.
 * 3. Each BYxxx part either expands the period to the days it names or limits them (the RFC's
 *    table); at the level of days both come to "the period's days that the part names", so every
 *    part is a test on each candidate day. BYDAY with a number names the nth such weekday of the
 *    month (MONTHLY, or YEARLY with BYMONTH) or of the year (YEARLY); plain and numbered BYDAY
 *    entries name the union of their days.
 * 4. BYSETPOS picks, from the period's set sorted by time, the nth (or nth from the end) day; a
 *    position beyond the set picks nothing; a day picked twice is one day.
 * 5. Days before DTSTART are not occurrences (they still count for BYSETPOS); COUNT keeps the
 *    first COUNT occurrences; UNTIL keeps those starting at or before it: a UTC date-time as an
 *    instant, a local date-time as a wall time, a DATE as that whole local day.
 * Local wall times become instants as §3.3.5 says: a time repeated by a fall-back is its first
 * occurrence; a time skipped by a spring-forward gap is read with the offset before the gap.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const WEEKDAY_NAMES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** DTSTART: a local day (days since 1970-01-01), the minute the occurrences start, the zone. */
export interface OracleStart {
  day: number;
  minute: number;
  timeZone: string;
}

interface Civil {
  year: number;
  month: number;
  date: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  yearDay: number;
}

function civil(day: number): Civil {
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear();
  return {
    year,
    month: d.getUTCMonth() + 1,
    date: d.getUTCDate(),
    weekday: (d.getUTCDay() + 6) % 7,
    yearDay: day - dayOf(year, 1, 1) + 1,
  };
}

function dayOf(year: number, month: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, date);
  return Math.round(d.getTime() / DAY_MS);
}

const daysInMonth = (year: number, month: number) =>
  dayOf(year, month + 1, 1) - dayOf(year, month, 1);
const daysInYear = (year: number) => dayOf(year + 1, 1, 1) - dayOf(year, 1, 1);

interface WeekdayEntry {
  weekday: number;
  n: number | null;
}

interface Rule {
  freq: string;
  interval: number;
  count: number | null;
  until: string | null;
  wkst: number;
  byMonth: number[] | null;
  byWeekNo: number[] | null;
  byYearDay: number[] | null;
  byMonthDay: number[] | null;
  byDay: WeekdayEntry[] | null;
  bySetPos: number[] | null;
}

/** Reads a rule the schedule accepted (so well formed); BYWEEKDAY is read as BYDAY. */
function parse(text: string): Rule {
  const parts = new Map<string, string>();
  for (const part of text
    .toUpperCase()
    .replace(/^RRULE:/, '')
    .split(';')) {
    if (part === '') continue;
    const [key = '', value = ''] = part.split('=');
    parts.set(key === 'BYWEEKDAY' ? 'BYDAY' : key, value);
  }
  const numbers = (key: string) => parts.get(key)?.split(',').map(Number) ?? null;
  return {
    freq: parts.get('FREQ') ?? '',
    interval: Number(parts.get('INTERVAL') ?? 1),
    count: parts.has('COUNT') ? Number(parts.get('COUNT')) : null,
    until: parts.get('UNTIL') ?? null,
    wkst: WEEKDAY_NAMES.indexOf(parts.get('WKST') ?? 'MO'),
    byMonth: numbers('BYMONTH'),
    byWeekNo: numbers('BYWEEKNO'),
    byYearDay: numbers('BYYEARDAY'),
    byMonthDay: numbers('BYMONTHDAY'),
    byDay:
      parts
        .get('BYDAY')
        ?.split(',')
        .map((token) => ({
          weekday: WEEKDAY_NAMES.indexOf(token.slice(-2)),
          n: token.length > 2 ? Number(token.slice(0, -2)) : null,
        })) ?? null,
    bySetPos: numbers('BYSETPOS'),
  };
}

/** The days of `text`'s occurrences from DTSTART up to `lastDay`, ascending. */
export function rfcOccurrenceDays(text: string, start: OracleStart, lastDay: number): number[] {
  const rule = withDtstartDefaults(parse(text), civil(start.day));
  const until = untilTest(rule.until, start);
  const days: number[] = [];
  for (let k = 0; ; k++) {
    const period = periodDays(rule, start.day, k);
    if (period[0]! > lastDay) return days.filter((d) => d <= lastDay);
    let set = period.filter((day) => passes(rule, day));
    if (rule.bySetPos) {
      const picked = rule.bySetPos
        .map((position) => set[position > 0 ? position - 1 : set.length + position])
        .filter((day): day is number => day !== undefined);
      set = [...new Set(picked)].sort((a, b) => a - b);
    }
    for (const day of set) {
      if (day < start.day) continue;
      if (!until(day)) return days.filter((d) => d <= lastDay);
      days.push(day);
      if (days.length === rule.count) return days.filter((d) => d <= lastDay);
    }
  }
}

function withDtstartDefaults(rule: Rule, dtstart: Civil): Rule {
  if (rule.byWeekNo || rule.byYearDay || rule.byMonthDay || rule.byDay) return rule;
  switch (rule.freq) {
    case 'YEARLY':
      return { ...rule, byMonth: rule.byMonth ?? [dtstart.month], byMonthDay: [dtstart.date] };
    case 'MONTHLY':
      return { ...rule, byMonthDay: [dtstart.date] };
    case 'WEEKLY':
      return { ...rule, byDay: [{ weekday: dtstart.weekday, n: null }] };
    default:
      return rule;
  }
}

/** Every day of period k (the DTSTART period is k = 0). */
function periodDays(rule: Rule, startDay: number, k: number): number[] {
  const s = civil(startDay);
  const range = (first: number, length: number) => Array.from({ length }, (_, i) => first + i);
  switch (rule.freq) {
    case 'YEARLY': {
      const year = s.year + k * rule.interval;
      return range(dayOf(year, 1, 1), daysInYear(year));
    }
    case 'MONTHLY': {
      const index = s.year * 12 + (s.month - 1) + k * rule.interval;
      const year = Math.floor(index / 12);
      const month = index - year * 12 + 1;
      return range(dayOf(year, month, 1), daysInMonth(year, month));
    }
    case 'WEEKLY': {
      const weekStart = startDay - ((s.weekday - rule.wkst + 7) % 7);
      return range(weekStart + 7 * k * rule.interval, 7);
    }
    default:
      return [startDay + k * rule.interval];
  }
}

function passes(rule: Rule, day: number): boolean {
  const c = civil(day);
  if (rule.byMonth && !rule.byMonth.includes(c.month)) return false;
  if (rule.byWeekNo && !weekNumberMatches(rule.byWeekNo, day, rule.wkst)) return false;
  if (
    rule.byYearDay &&
    !rule.byYearDay.includes(c.yearDay) &&
    !rule.byYearDay.includes(c.yearDay - daysInYear(c.year) - 1)
  ) {
    return false;
  }
  if (
    rule.byMonthDay &&
    !rule.byMonthDay.includes(c.date) &&
    !rule.byMonthDay.includes(c.date - daysInMonth(c.year, c.month) - 1)
  ) {
    return false;
  }
  if (rule.byDay) {
    const monthScope = rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && rule.byMonth);
    const scope = monthScope
      ? [dayOf(c.year, c.month, 1), dayOf(c.year, c.month + 1, 1) - 1]
      : [dayOf(c.year, 1, 1), dayOf(c.year + 1, 1, 1) - 1];
    const named = rule.byDay.some(({ weekday, n }) => {
      if (weekday !== c.weekday) return false;
      if (n === null) return true;
      const same = weekdaysIn(scope[0]!, scope[1]!, weekday);
      return same[n > 0 ? n - 1 : same.length + n] === day;
    });
    if (!named) return false;
  }
  return true;
}

const weekdayLists = new Map<string, number[]>();

/** The days from `first` to `last` falling on `weekday`, in order (remembered: it is slow). */
function weekdaysIn(first: number, last: number, weekday: number): number[] {
  const key = `${first}/${last}/${weekday}`;
  let days = weekdayLists.get(key);
  if (!days) {
    days = [];
    for (let d = first; d <= last; d++) if (civil(d).weekday === weekday) days.push(d);
    weekdayLists.set(key, days);
  }
  return days;
}

const firstWeeks = new Map<string, number>();

/** The first day of week 1 of `year`: the first week starting on WKST with 4 days in the year. */
function firstWeekStart(year: number, wkst: number): number {
  const key = `${year}/${wkst}`;
  let found = firstWeeks.get(key);
  if (found === undefined) {
    for (let d = dayOf(year, 1, 1) - 6; ; d++) {
      const inYear = [0, 1, 2, 3, 4, 5, 6].filter((i) => civil(d + i).year === year).length;
      if (civil(d).weekday === wkst && inYear >= 4) {
        found = d;
        break;
      }
    }
    firstWeeks.set(key, found);
  }
  return found;
}

/**
 * Whether `day` lies in a listed week: weeks start on WKST and belong to the year that holds at
 * least four of their days; -1 is the last week of that year.
 */
function weekNumberMatches(weeks: readonly number[], day: number, wkst: number): boolean {
  const weekStart = day - ((civil(day).weekday - wkst + 7) % 7);
  let year = civil(weekStart).year + 1;
  while (firstWeekStart(year, wkst) > weekStart) year--;
  const number = (weekStart - firstWeekStart(year, wkst)) / 7 + 1;
  const weeksInYear = (firstWeekStart(year + 1, wkst) - firstWeekStart(year, wkst)) / 7;
  return weeks.includes(number) || weeks.includes(number - weeksInYear - 1);
}

/** Whether the occurrence on `day` starts at or before UNTIL. */
function untilTest(until: string | null, start: OracleStart): (day: number) => boolean {
  if (until === null) return () => true;
  const [year, month, date] = [until.slice(0, 4), until.slice(4, 6), until.slice(6, 8)].map(Number);
  const untilDay = dayOf(year!, month!, date!);
  if (until.length === 8) return (day) => day <= untilDay;
  const [hours, minutes, seconds] = [until.slice(9, 11), until.slice(11, 13), until.slice(13, 15)];
  const untilWall = untilDay * DAY_MS + ((+hours! * 60 + +minutes!) * 60 + +seconds!) * 1000;
  if (!until.endsWith('Z')) return (day) => day * DAY_MS + start.minute * MINUTE_MS <= untilWall;
  return (day) => {
    // Offsets stay within a day of UTC: only days near UNTIL need the zone.
    if (day < untilDay - 2) return true;
    if (day > untilDay + 2) return false;
    return localToInstant(day, start.minute, start.timeZone) <= untilWall;
  };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset (local wall minus UTC, in ms) at an instant. */
export function oracleOffsetAt(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  const wall = dayOf(parts.year!, parts.month!, parts.day!) * DAY_MS;
  return wall + ((parts.hour! * 60 + parts.minute!) * 60 + parts.second!) * 1000 - instant;
}

/** §3.3.5: the instant of a local wall time (first of two; in a gap, the offset before it). */
export function localToInstant(day: number, minute: number, timeZone: string): number {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const offsets = new Set<number>();
  // Offsets stay within ±14 h, so these readings hold the offsets before and after any change.
  for (const hours of [-40, -20, 0, 20, 40]) {
    offsets.add(oracleOffsetAt(wall + hours * 3_600_000, timeZone));
  }
  const fitting = [...offsets]
    .map((o) => wall - o)
    .filter((t) => oracleOffsetAt(t, timeZone) === wall - t);
  if (fitting.length > 0) return Math.min(...fitting);
  const earliest = Math.min(...[...offsets].map((o) => wall - o));
  return wall - oracleOffsetAt(earliest - 3 * 3_600_000, timeZone);
}
