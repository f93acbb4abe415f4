/**
 * Schedule resolver benchmark: one screen against 10,000 entries (`npm run bench resolver`).
 * Prints the detail; returns the headline figures.
 */
import {
  compileSchedule,
  resolveSchedule,
  type ScheduleScreen,
} from '../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../shared/src/schemas/schedule.js';
import type { BenchFigure } from './bench-figure.js';

const ENTRY_COUNT = 10_000;
const DAYS = 200;
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
const HOLIDAYS = [
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-04-30',
  '2026-05-01',
  '2026-09-02',
];

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
        screenIds:
          targetRoll >= 0.2 && targetRoll < 0.6 ? [`screen-${Math.floor(next() * 200)}`] : [],
        groupIds: targetRoll >= 0.6 ? [`group-${Math.floor(next() * 20)}`] : [],
      },
      startDate: bounded ? date(start) : null,
      endDate: bounded ? date(start + Math.floor(next() * 120)) : null,
      weekdays: dayRoll < 0.5 ? [1, 2, 3, 4, 5].filter(() => next() < 0.7) : [],
      startTime: timed ? time() : null,
      endTime: timed ? time() : null,
      rrule: dayRoll >= 0.5 && dayRoll < 0.6 ? pick(RULES) : null,
      exdates: next() < 0.2 ? HOLIDAYS : [],
      holidayMode: 'ignore',
      layout: null,
      zones: {},
      priority: Math.floor(next() * 100),
      expiresAt:
        kind === 'interrupt' ? new Date(YEAR_START + next() * 365 * DAY_MS).toISOString() : null,
      createdAt: new Date(YEAR_START - next() * 365 * DAY_MS).toISOString(),
    };
  });
}

function stats(label: string, samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = samples.reduce((sum, v) => sum + v, 0) / samples.length;
  const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
  print(
    `  ${label.padEnd(36)} mean ${us(mean).padStart(8)}  p50 ${us(at(0.5)).padStart(8)}  ` +
      `p95 ${us(at(0.95)).padStart(8)}  max ${us(at(1)).padStart(8)}`,
  );
  return at(0.5);
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Milliseconds of CPU this process spent on `work` (wall time would count the other tenants of a shared machine). */
function timed<T>(samples: number[], work: () => T): T {
  const begin = process.cpuUsage();
  const result = work();
  const spent = process.cpuUsage(begin);
  samples.push((spent.user + spent.system) / 1000);
  return result;
}

interface RunFigures {
  newDay: number;
  sameDay: number;
  loop: number;
}

function run(
  label: string,
  entries: ScheduleEntry[],
  screen: ScheduleScreen,
  start: number,
): RunFigures {
  print(`${label} (${screen.timeZone})`);
  let begin = performance.now();
  const schedule = compileSchedule(entries);
  print(`  compile: ${(performance.now() - begin).toFixed(1)} ms`);
  begin = performance.now();
  const first = schedule.resolve(screen, start);
  print(
    `  first resolve (rules expanded, zone cached): ${(performance.now() - begin).toFixed(1)} ms`,
  );
  print(
    `  active entries at the start: ${first.overlappingEntryIds.length + (first.entryId ? 1 : 0)}`,
  );

  const next = random(7);
  const days = Array.from({ length: DAYS }, (_, day) => day).sort(() => next() - 0.5);
  const newDay: number[] = [];
  const sameDay: number[] = [];
  for (const day of days) {
    const dayStart = start + day * DAY_MS;
    timed(newDay, () => schedule.resolve(screen, dayStart + next() * DAY_MS));
    for (let i = 0; i < 10; i++)
      timed(sameDay, () => schedule.resolve(screen, dayStart + next() * DAY_MS));
  }
  const newDayP50 = stats('resolve, first instant of a day', newDay);
  const sameDayP50 = stats('resolve, later instants of that day', sameDay);

  const loop: number[] = [];
  let now = start;
  while (now < start + 30 * DAY_MS) {
    now = timed(loop, () => schedule.resolve(screen, now).nextChangeAt) ?? Number.POSITIVE_INFINITY;
  }
  const loopP50 = stats(`player loop, ${loop.length} changes in 30 days`, loop);
  begin = performance.now();
  const segments = schedule.timeline(screen, start, start + 7 * DAY_MS);
  print(
    `  timeline of 7 days: ${segments.length} segments in ${(performance.now() - begin).toFixed(1)} ms`,
  );
  print('');
  return { newDay: newDayP50, sameDay: sameDayP50, loop: loopP50 };
}

export default async function resolverBench(): Promise<BenchFigure[]> {
  const screen: ScheduleScreen = {
    id: 'screen-7',
    groupIds: ['group-3', 'group-11'],
    timeZone: 'Asia/Ho_Chi_Minh',
    defaultPlaylistId: 'default',
  };
  print(`${ENTRY_COUNT} entries; ${DAYS} days sampled; node ${process.version}\n`);
  const mixed = run(
    'mixed targets (about 3,000 apply)',
    makeEntries(ENTRY_COUNT, false),
    screen,
    YEAR_START,
  );
  const all = run('all 10,000 apply', makeEntries(ENTRY_COUNT, true), screen, YEAR_START);
  const dst = run(
    'all 10,000 apply, across DST',
    makeEntries(ENTRY_COUNT, true),
    { ...screen, timeZone: 'Europe/Berlin' },
    Date.parse('2026-03-15T00:00:00+01:00'),
  );

  const shared = makeEntries(ENTRY_COUNT, false);
  const coldSamples: number[] = [];
  timed(coldSamples, () => resolveSchedule(shared, screen, YEAR_START));
  const cached: number[] = [];
  for (let hour = 1; hour <= 200; hour++)
    timed(cached, () => resolveSchedule(shared, screen, YEAR_START + hour * 3_600_000));
  print(`resolveSchedule: first call (compiles) ${coldSamples[0]!.toFixed(1)} ms`);
  const hourly = stats('resolveSchedule, WeakMap-cached, hourly', cached);

  const figure = (name: string, value: number): BenchFigure => ({
    benchmark: 'resolver, 10,000 entries',
    figure: `${name} (p50 CPU)`,
    value: Number(value.toFixed(3)),
    unit: 'ms',
    target: '≤ 1 ms',
    met: value <= 1,
  });
  return [
    figure('mixed targets, first call of a day', mixed.newDay),
    figure('mixed targets, later calls', mixed.sameDay),
    figure('all apply, first call of a day', all.newDay),
    figure('all apply, later calls', all.sameDay),
    figure('all apply across DST, first call of a day', dst.newDay),
    figure('player loop step', all.loop),
    figure('resolveSchedule hourly (cached)', hourly),
  ];
}
