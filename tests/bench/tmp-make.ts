import type { ScheduleEntry } from '../../shared/src/schemas/schedule.js';
const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00+07:00');
/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const RULES = ['FREQ=MONTHLY;BYDAY=1MO', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', 'FREQ=YEARLY'];
const HOLIDAYS = ['2026-01-01', '2026-02-16', '2026-02-17', '2026-04-30', '2026-05-01', '2026-09-02'];

export function makeEntries(count: number, allScreens: boolean): ScheduleEntry[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const time = () => `${String(Math.floor(next() * 24)).padStart(2, '0')}:${pick(['00', '30'])}`;
  const date = (offsetDays: number) =>
    new Date(YEAR_START + offsetDays * DAY_MS).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, index): ScheduleEntry => {
    const roll = next();
    const kind = roll < 0.05 ? 'interrupt' : roll < 0.15 ? 'off' : 'playlist';
    const targetRoll = next();
    const dayRoll = next();
    const bounded = next() < 0.6;
    const start = Math.floor(next() * 300) - 30;
    const timed = next() < 0.7;
    return {
      id: `entry-${String(index).padStart(5, '0')}`,
      name: `Entry ${index}`,
      kind,
      playlistId: kind === 'off' ? null : `playlist-${index % 50}`,
      target: {
        all: allScreens || targetRoll < 0.2,
        screenIds: targetRoll >= 0.2 && targetRoll < 0.6 ? [`screen-${Math.floor(next() * 200)}`] : [],
        groupIds: targetRoll >= 0.6 ? [`group-${Math.floor(next() * 20)}`] : [],
      },
      startDate: bounded ? date(start) : null,
      endDate: bounded ? date(start + Math.floor(next() * 120)) : null,
      weekdays: dayRoll < 0.5 ? [1, 2, 3, 4, 5].filter(() => next() < 0.7) : [],
      startTime: timed ? time() : null,
      endTime: timed ? time() : null,
      rrule: dayRoll >= 0.5 && dayRoll < 0.6 ? pick(RULES) : null,
      exdates: next() < 0.2 ? HOLIDAYS : [],
      priority: Math.floor(next() * 100),
      expiresAt:
        kind === 'interrupt' ? new Date(YEAR_START + next() * 365 * DAY_MS).toISOString() : null,
      createdAt: new Date(YEAR_START - next() * 365 * DAY_MS).toISOString(),
    };
  });
}

