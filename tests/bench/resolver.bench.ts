/**
 * Schedule resolver benchmark: one screen against 10,000 entries.
 * Run with `npx tsx tests/bench/resolver.bench.ts`; prints figures, asserts nothing.
 */
import {
  compileSchedule,
  resolveSchedule,
  type ScheduleScreen,
} from '../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../shared/src/schemas/schedule.js';

const ENTRY_COUNT = 10_000;
const SAMPLES = 2_000;
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

function makeEntries(count: number, allScreens: boolean): ScheduleEntry[] {
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

function stats(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = samples.reduce((sum, v) => sum + v, 0) / samples.length;
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  print(
    `${label.padEnd(44)} mean ${us(mean).padStart(10)}  p50 ${us(at(0.5)).padStart(10)}  ` +
      `p95 ${us(at(0.95)).padStart(10)}  max ${us(at(1)).padStart(10)}`,
  );
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function run(label: string, entries: ScheduleEntry[], screen: ScheduleScreen): void {
  let started = performance.now();
  const schedule = compileSchedule(entries);
  print(`${label}: compile ${(performance.now() - started).toFixed(1)} ms`);
  const next = random(7);
  const instants = Array.from({ length: SAMPLES }, () => YEAR_START + next() * 365 * DAY_MS);

  started = performance.now();
  schedule.resolve(screen, instants[0]!);
  print(`${label}: first resolve ${(performance.now() - started).toFixed(1)} ms`);

  const cold: number[] = [];
  let active = 0;
  for (const instant of instants) {
    const begin = performance.now();
    const answer = schedule.resolve(screen, instant);
    cold.push(performance.now() - begin);
    active += answer.overlappingEntryIds.length + (answer.entryId ? 1 : 0);
  }
  stats(`${label}: resolve, first visit of each instant`, cold);
  const warm: number[] = [];
  for (const instant of instants) {
    const begin = performance.now();
    schedule.resolve(screen, instant);
    warm.push(performance.now() - begin);
  }
  stats(`${label}: resolve, instants seen before`, warm);
  print(`${label}: ${(active / SAMPLES).toFixed(1)} active entries per instant on average`);

  let now = YEAR_START;
  let changes = 0;
  started = performance.now();
  while (now < YEAR_START + 30 * DAY_MS) {
    now = schedule.resolve(screen, now).nextChangeAt ?? Number.POSITIVE_INFINITY;
    changes++;
  }
  const perChange = (performance.now() - started) / changes;
  print(`${label}: player loop over 30 days: ${changes} changes, ${(perChange * 1000).toFixed(1)} µs each`);
}

const screen: ScheduleScreen = {
  id: 'screen-7',
  groupIds: ['group-3', 'group-11'],
  timeZone: 'Asia/Ho_Chi_Minh',
  defaultPlaylistId: 'default',
};
run('mixed targets', makeEntries(ENTRY_COUNT, false), screen);
print('');
run('all 10,000 apply', makeEntries(ENTRY_COUNT, true), screen);
print('');
const berlin = makeEntries(ENTRY_COUNT, true);
run('all apply, Europe/Berlin', berlin, { ...screen, timeZone: 'Europe/Berlin' });
print('');
const started = performance.now();
resolveSchedule(berlin, screen, YEAR_START);
for (let i = 0; i < 100; i++) resolveSchedule(berlin, screen, YEAR_START + i * 3_600_000);
print(`resolveSchedule (WeakMap-cached) ×101: ${((performance.now() - started) / 101).toFixed(3)} ms each`);
