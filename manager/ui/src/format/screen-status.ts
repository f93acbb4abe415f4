import type { Screen } from '@bangtin/shared';

/** A screen that reported within this window counts as online. */
export const ONLINE_WINDOW_MS = 2 * 60 * 1000;

export function isOnline(screen: Pick<Screen, 'lastSeenAt'>, now: number): boolean {
  if (!screen.lastSeenAt) return false;
  return now - Date.parse(screen.lastSeenAt) <= ONLINE_WINDOW_MS;
}
