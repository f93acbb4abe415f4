/** Proleptic Gregorian arithmetic on day numbers (days from 1970-01-01), for any year. */

/** The calendar, weekdays included, repeats every 400 years. */
export const DAYS_PER_400_YEARS = 146_097;

const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365] as const;
const LEAP_MONTH_STARTS = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day number of 1 January of `year`. */
export function yearStart(year: number): number {
  const before = year - 1;
  const leapDays = Math.floor(before / 4) - Math.floor(before / 100) + Math.floor(before / 400);
  // 477 leap days fall before 1970.
  return 365 * (year - 1970) + leapDays - 477;
}

export function yearOfDay(day: number): number {
  let year = 1970 + Math.floor(day / 365.2425);
  while (yearStart(year) > day) year--;
  while (yearStart(year + 1) <= day) year++;
  return year;
}

/** Offsets from 1 January of the first day of each month, then the year's length. */
export function monthStarts(year: number): readonly number[] {
  return isLeapYear(year) ? LEAP_MONTH_STARTS : MONTH_STARTS;
}

/** Months since January of year 0: one number per month, in order. */
export function monthIndexOfDay(day: number): number {
  const year = yearOfDay(day);
  const offset = day - yearStart(year);
  const starts = monthStarts(year);
  let month = 0;
  while (offset >= starts[month + 1]!) month++;
  return year * 12 + month;
}

/** The day number of the first day of a month counted as monthIndexOfDay counts it. */
export function monthIndexStart(index: number): number {
  const year = Math.floor(index / 12);
  return yearStart(year) + monthStarts(year)[index - year * 12]!;
}

/** The remainder with the sign of the divisor, as Python's `%`. */
export function floorMod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
