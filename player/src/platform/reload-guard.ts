const STORAGE_KEY = 'bang-tin-reloads';
/** At most this many reloads within RELOAD_WINDOW_MS; more is a loop a reload will not end. */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 10 * 60_000;

/**
 * Whether the page may reload now, counting reloads across page loads (in localStorage): a
 * page that crashes or stalls right after each start must not reload forever, blanking the
 * screen each time. Records the reload when it allows one.
 */
export function mayReload(storage: Pick<Storage, 'getItem' | 'setItem'>, now: number): boolean {
  const recent = readTimes(storage).filter((at) => at <= now && now - at < RELOAD_WINDOW_MS);
  if (recent.length >= MAX_RELOADS) return false;
  storage.setItem(STORAGE_KEY, JSON.stringify([...recent, now]));
  return true;
}

/** Reloads the page unless that would make a loop; returns whether it reloads. */
export function reloadPage(): boolean {
  let allowed = true;
  try {
    allowed = mayReload(localStorage, Date.now());
  } catch {
    // Storage unavailable: reloading is still better than a frozen screen.
  }
  if (allowed) location.reload();
  return allowed;
}

function readTimes(storage: Pick<Storage, 'getItem'>): number[] {
  try {
    const times: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(times) ? times.filter((t): t is number => typeof t === 'number') : [];
  } catch {
    return [];
  }
}
