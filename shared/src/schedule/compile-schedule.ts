import type { ScheduleEntry } from '../schemas/schedule.js';
import { CompiledEntry } from './compiled-entry.js';
import { type EntryState, readEntryState, SearchWindow } from './entry-state.js';
import { EntryTable } from './entry-table.js';
import { holidayDays } from './holiday-days.js';
import type { Resolution, ScheduleScreen } from './resolution.js';
import { collectTimeline, type TimelineSegment } from './timeline-segments.js';
import { zoneCalendar } from './zone-calendar.js';

/**
 * How far ahead nextChangeAt is searched, in local days. A rule whose next boundary lies beyond
 * it (a rare RRULE, a run of days with no end in sight) reports the horizon's first instant
 * instead: the one case where the answer at nextChangeAt may equal the current one.
 */
export const HORIZON_DAYS = 400;

/** Entries prepared once for many fast resolutions; treat the source array as immutable. */
export interface CompiledSchedule {
  resolve(screen: ScheduleScreen, now: number): Resolution;
  timeline(screen: ScheduleScreen, from: number, to: number): TimelineSegment[];
}

const NO_HOLIDAYS: readonly string[] = [];
const cache = new WeakMap<
  readonly ScheduleEntry[],
  { holidays: readonly string[]; schedule: CompiledSchedule }
>();

/**
 * The compiled form of an entries array with a holidays array, reused for as long as the
 * entries live and come with the same holidays (a manifest's pair).
 */
export function cachedSchedule(
  entries: readonly ScheduleEntry[],
  holidays: readonly string[] = NO_HOLIDAYS,
): CompiledSchedule {
  let cached = cache.get(entries);
  if (cached?.holidays !== holidays) {
    cached = { holidays, schedule: compileSchedule(entries, holidays) };
    cache.set(entries, cached);
  }
  return cached.schedule;
}

/**
 * Parses times, dates and rules once, so each resolve is a linear pass without parsing.
 * `holidays` are local dates (YYYY-MM-DD) that entries skip or keep by their holiday mode.
 */
export function compileSchedule(
  entries: readonly ScheduleEntry[],
  holidays: readonly string[] = NO_HOLIDAYS,
): CompiledSchedule {
  const days = holidayDays(holidays);
  return new Schedule(entries.map((entry) => new CompiledEntry(entry, days)));
}

class Schedule implements CompiledSchedule {
  /** Sorted by id, so active entries come out in the order overlappingEntryIds wants. */
  private readonly entries: CompiledEntry[];
  private readonly byScreen = new Map<string, EntryTable>();
  private readonly byEntries = new Map<string, EntryTable>();
  private readonly state: EntryState = { active: false, flip: 0 };

  constructor(entries: CompiledEntry[]) {
    [...entries].sort(precedence).forEach((entry, rank) => {
      entry.rank = rank;
    });
    this.entries = entries.sort((a, b) => compareText(a.id, b.id));
  }

  resolve(screen: ScheduleScreen, now: number): Resolution {
    const window = new SearchWindow(zoneCalendar(screen.timeZone), now, HORIZON_DAYS);
    const { state } = this;
    const table = this.applicable(screen);
    const { plan } = table;
    plan.prepare(window);
    const active: number[] = [];
    let winner = -1;
    let nextChangeAt = Number.POSITIVE_INFINITY;
    const { yesterdayEnd, todayStart, todayEnd, candidates, candidateCount } = plan;
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      const index = candidates[candidate]!;
      // Most entries are done for today: skip them without a call (NaN compares false).
      if (!(now < yesterdayEnd[index]! || now < todayStart[index]! || now < todayEnd[index]!)) {
        continue;
      }
      readEntryState(plan, index, window, null, state);
      if (state.flip < nextChangeAt) nextChangeAt = state.flip;
      if (!state.active) continue;
      active.push(index);
      if (winner === -1 || table.rank[index]! < table.rank[winner]!) winner = index;
    }
    // Entries idle for the rest of today start tomorrow at the earliest: search only if needed.
    if (nextChangeAt > window.tomorrow) {
      for (let index = 0; index < table.size; index++) {
        readEntryState(plan, index, window, nextChangeAt, state);
        if (state.flip < nextChangeAt) nextChangeAt = state.flip;
      }
    }
    const overlappingEntryIds = active
      .filter((index) => index !== winner)
      .map((index) => table.entries[index]!.id);
    return {
      ...answerOf(table.entries[winner] ?? null, screen),
      nextChangeAt: nextChangeAt === Number.POSITIVE_INFINITY ? null : nextChangeAt,
      overlappingEntryIds,
    };
  }

  timeline(screen: ScheduleScreen, from: number, to: number): TimelineSegment[] {
    return collectTimeline((instant) => this.resolve(screen, instant), from, to);
  }

  /**
   * The table of the entries that target the screen, shared by every screen they are the same
   * for: a province's ten thousand screens are judged against a handful of distinct tables, not
   * one built each (the day plan a table keeps is redone only when the zone or the day moves).
   */
  private applicable(screen: ScheduleScreen): EntryTable {
    const key = `${screen.id}\n${[...screen.groupIds].sort().join('\n')}`;
    let table = this.byScreen.get(key);
    if (!table) {
      const indices: number[] = [];
      this.entries.forEach((entry, index) => {
        if (entry.targets(screen.id, screen.groupIds)) indices.push(index);
      });
      // Positions name the set in a few bytes an entry, where ids would take dozens.
      const set = indices.join(',');
      table = this.byEntries.get(set) ?? new EntryTable(indices.map((i) => this.entries[i]!));
      this.byEntries.set(set, table);
      this.byScreen.set(key, table);
    }
    return table;
  }
}

type Answer = Pick<Resolution, 'state' | 'playlistId' | 'entryId' | 'reason'>;

function answerOf(winner: CompiledEntry | null, screen: ScheduleScreen): Answer {
  if (winner === null) {
    const playlistId = screen.defaultPlaylistId;
    return playlistId === null
      ? { state: 'idle', playlistId: null, entryId: null, reason: 'none' }
      : { state: 'playing', playlistId, entryId: null, reason: 'default' };
  }
  if (winner.kind === 'off') {
    return { state: 'off', playlistId: null, entryId: winner.id, reason: 'off' };
  }
  return {
    state: 'playing',
    playlistId: winner.playlistId,
    entryId: winner.id,
    reason: winner.kind === 'interrupt' ? 'interrupt' : 'scheduled',
  };
}

/** Interrupts first; then higher priority, earlier createdAt, smaller id. */
function precedence(a: CompiledEntry, b: CompiledEntry): number {
  return (
    Number(b.kind === 'interrupt') - Number(a.kind === 'interrupt') ||
    b.priority - a.priority ||
    compareInstants(a.createdAt, b.createdAt) ||
    compareText(a.id, b.id)
  );
}

function compareInstants(a: number, b: number): number {
  const first = Number.isNaN(a) ? Number.POSITIVE_INFINITY : a;
  const second = Number.isNaN(b) ? Number.POSITIVE_INFINITY : b;
  return first < second ? -1 : first > second ? 1 : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
