import type { ScreenState } from '@bangtin/shared';

/** Time spent in each state over a period, and the share of the expected time the screen was up. */
export interface Uptime {
  ms: Record<ScreenState, number>;
  /** The period less the time it was off on schedule or not yet known. */
  expectedOnMs: number;
  /** Online or stale: showing something. */
  upMs: number;
  /** upMs / expectedOnMs; null when the screen was never expected on. */
  ratio: number | null;
}

/**
 * Sums the time in each state over [from, to) from a screen's changes (oldest first; the first
 * may begin before `from`). Before the first change the state is unknown.
 */
export function sumUptime(
  changes: readonly { at: string; state: ScreenState }[],
  from: number,
  to: number,
): Uptime {
  const ms: Record<ScreenState, number> = { online: 0, offline: 0, off: 0, stale: 0, unknown: 0 };
  let state: ScreenState = 'unknown';
  let cursor = from;
  for (const change of changes) {
    const at = Math.min(Math.max(Date.parse(change.at), from), to);
    ms[state] += at - cursor;
    cursor = at;
    state = change.state;
  }
  ms[state] += Math.max(0, to - cursor);
  const expectedOnMs = ms.online + ms.stale + ms.offline;
  const upMs = ms.online + ms.stale;
  return { ms, expectedOnMs, upMs, ratio: expectedOnMs > 0 ? upMs / expectedOnMs : null };
}
