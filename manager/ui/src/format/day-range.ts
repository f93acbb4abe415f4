import type { DayRange } from '../api/monitoring.js';

function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` calendar days up to and including the day of `now`, in the browser's zone. */
export function lastDays(days: number, now: number): DayRange {
  const to = new Date(now);
  const from = new Date(to.getFullYear(), to.getMonth(), to.getDate() - (days - 1));
  return { from: localDay(from), to: localDay(to) };
}
