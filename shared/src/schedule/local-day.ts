/**
 * Floating local days: a local calendar date is numbered by the days from 1970-01-01, with no
 * zone attached, so the same number means "that date on the screen's wall calendar".
 */
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;
export const MINUTES_PER_DAY = 1440;

/** The day number of a YYYY-MM-DD date. */
export function dayFromDate(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  utc.setUTCFullYear(year, month - 1, day);
  return Math.floor(utc.getTime() / DAY_MS);
}

/** The YYYY-MM-DD date of a day number (years 1000–9999, as reports and holidays use). */
export function dateFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day number; day 0 was a Thursday. */
export function isoWeekday(day: number): number {
  // Integer remainder: `%` on a float-typed day costs a library call in V8.
  const remainder = ((day + 3) | 0) % 7;
  return (remainder < 0 ? remainder + 7 : remainder) + 1;
}

/** Minutes after midnight of an HH:MM time; `24:00` is 1440, the end of the day. */
export function minuteFromTime(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The UTC-midnight Date that stands for a local day (how rules are evaluated). */
export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}
