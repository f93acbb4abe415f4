import { LocalDateSchema } from '@bangtin/shared';

/** A day read from an imported file, with the line it came from. */
export interface ImportedHoliday {
  date: string;
  name: string;
  line: number;
}

/** A line of the file that could not be read, numbered from 1. */
export interface ImportError {
  line: number;
  message: string;
}

export interface ImportedCalendar {
  holidays: ImportedHoliday[];
  errors: ImportError[];
}

/** A file names at most this many days (a decade of any country's holidays, with room). */
export const MAX_IMPORTED_DAYS = 2000;

/** Names longer than the calendar keeps are cut, not refused: they come from other tools. */
export const MAX_NAME_LENGTH = 200;

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a valid calendar date, or null. */
export function checkedDate(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return LocalDateSchema.safeParse(text).success ? text : null;
}

/** The date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The dates from `first` up to but not including `end` (both YYYY-MM-DD). */
export function datesBetween(first: string, end: string): string[] {
  const dates: string[] = [];
  for (let at = Date.parse(first); at < Date.parse(end); at += DAY_MS) {
    dates.push(new Date(at).toISOString().slice(0, 10));
  }
  return dates;
}
