import { dateFromDay, dayFromDate } from '@bangtin/shared';
import { z } from 'zod';

const MAX_DAYS = 1_100;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const DateText = z.iso.date();

/**
 * A reporting period in local calendar days, inclusive: `period=day&date=2024-03-05`,
 * `period=month&month=2024-03`, `period=quarter&quarter=2024-Q1`, `period=year&year=2024`, or
 * `period=custom&from=2024-01-01&to=2024-03-31`.
 */
export const PeriodQuerySchema = z.object({
  period: z.enum(['day', 'month', 'quarter', 'year', 'custom']),
  date: DateText.optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')
    .optional(),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'expected YYYY-Q1 … YYYY-Q4')
    .optional(),
  year: z
    .string()
    .regex(/^\d{4}$/, 'expected YYYY')
    .optional(),
  from: DateText.optional(),
  to: DateText.optional(),
});
export type PeriodQuery = z.output<typeof PeriodQuerySchema>;

/** A resolved period: day numbers (days since 1970-01-01), inclusive, and its Vietnamese name. */
export interface ReportPeriod {
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  label: string;
}

export type PeriodResult = { period: ReportPeriod } | { issue: { path: string; message: string } };

const vnDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

function lastDayOfMonth(year: number, month: number): string {
  return dateFromDay(Math.floor(Date.UTC(year, month, 0) / 86_400_000));
}

function span(from: string, to: string, label: string): PeriodResult {
  const fromDay = dayFromDate(from);
  const toDay = dayFromDate(to);
  if (toDay < fromDay) return { issue: { path: 'to', message: 'the end is before the start' } };
  if (toDay - fromDay + 1 > MAX_DAYS) {
    return { issue: { path: 'to', message: `a period spans at most ${MAX_DAYS} days` } };
  }
  return { period: { from, to, fromDay, toDay, label } };
}

const missing = (path: string): PeriodResult => ({
  issue: { path, message: `required for this period` },
});

/** The days a period query names, or the field that is missing or wrong. */
export function resolvePeriod(query: PeriodQuery): PeriodResult {
  switch (query.period) {
    case 'day':
      return query.date
        ? span(query.date, query.date, `Ngày ${vnDate(query.date)}`)
        : missing('date');
    case 'month': {
      if (!query.month) return missing('month');
      const [year, month] = query.month.split('-').map(Number) as [number, number];
      return span(
        `${query.month}-01`,
        lastDayOfMonth(year, month),
        `Tháng ${query.month.slice(5)}/${year}`,
      );
    }
    case 'quarter': {
      if (!query.quarter) return missing('quarter');
      const year = Number(query.quarter.slice(0, 4));
      const q = Number(query.quarter.slice(6));
      const first = (q - 1) * 3 + 1;
      return span(
        `${year}-${String(first).padStart(2, '0')}-01`,
        lastDayOfMonth(year, first + 2),
        `Quý ${ROMAN[q - 1]} năm ${year}`,
      );
    }
    case 'year':
      return query.year
        ? span(`${query.year}-01-01`, `${query.year}-12-31`, `Năm ${query.year}`)
        : missing('year');
    case 'custom':
      if (!query.from) return missing('from');
      if (!query.to) return missing('to');
      return span(query.from, query.to, `Từ ${vnDate(query.from)} đến ${vnDate(query.to)}`);
  }
}
