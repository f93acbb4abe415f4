import { api } from './api-client.js';

export type ScreenState = 'online' | 'offline' | 'off' | 'stale' | 'unknown';
export type ScreenFlag = 'storage_low' | 'clock_untrusted' | 'errors';

/** One screen as `GET /api/monitoring/screens` reports it. */
export interface MonitoredScreen {
  id: string;
  name: string;
  location: string;
  state: ScreenState;
  since: string | null;
  flags: ScreenFlag[];
  lastSeenAt: string | null;
  currentVersion: string | null;
  reportedVersion: string | null;
  openIncidents: { id: string; kind: 'offline' | 'stale'; startedAt: string }[];
  /** Proof-of-play records refused as impossible (not stored). */
  rejectedPlays: number;
}

export interface PlaysPoint {
  start: string;
  label: string;
  plays: number;
}

export interface ScreenUptime {
  screen: { id: string; name: string; location: string };
  /** Share of the expected-on time it was up; null when it was never expected on. */
  uptime: number | null;
}

export interface DayRange {
  from: string;
  to: string;
}

export async function fetchMonitoredScreens(signal?: AbortSignal): Promise<MonitoredScreen[]> {
  const body = await api.get<{ items: MonitoredScreen[] }>('/api/monitoring/screens', signal);
  return body.items;
}

const customPeriod = (range: DayRange) =>
  `period=custom&from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`;

/** Plays per day over the range, zero-filled (`/api/reports/plays/series`). */
export async function fetchPlaysSeries(
  range: DayRange,
  signal?: AbortSignal,
): Promise<PlaysPoint[]> {
  const body = await api.get<{ points: PlaysPoint[] }>(
    `/api/reports/plays/series?${customPeriod(range)}&bucket=day`,
    signal,
  );
  return body.points;
}

export async function fetchUptime(range: DayRange, signal?: AbortSignal): Promise<ScreenUptime[]> {
  const body = await api.get<{ screens: ScreenUptime[] }>(
    `/api/monitoring/uptime?${customPeriod(range)}`,
    signal,
  );
  return body.screens;
}
