import {
  type PlaySeries,
  PlaySeriesSchema,
  type ScreenStatus,
  ScreenStatusListSchema,
  type UptimeReport,
  UptimeReportSchema,
} from '@bangtin/shared';
import { api } from './api-client.js';

export type PlaysPoint = PlaySeries['points'][number];
export type ScreenUptime = UptimeReport['screens'][number];

/** Local days, `YYYY-MM-DD`, both inclusive: what the dashboard's charts span. */
export interface DayRange {
  from: string;
  to: string;
}

export async function fetchMonitoredScreens(signal?: AbortSignal): Promise<ScreenStatus[]> {
  const body = await api.get('/api/monitoring/screens', ScreenStatusListSchema, signal);
  return body.items;
}

const customPeriod = (range: DayRange) =>
  `period=custom&from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`;

/** Plays per day over the range, zero-filled (`/api/reports/plays/series`). */
export async function fetchPlaysSeries(
  range: DayRange,
  signal?: AbortSignal,
): Promise<PlaysPoint[]> {
  const path = `/api/reports/plays/series?${customPeriod(range)}&bucket=day`;
  return (await api.get(path, PlaySeriesSchema, signal)).points;
}

export async function fetchUptime(range: DayRange, signal?: AbortSignal): Promise<ScreenUptime[]> {
  const path = `/api/monitoring/uptime?${customPeriod(range)}`;
  return (await api.get(path, UptimeReportSchema, signal)).screens;
}
