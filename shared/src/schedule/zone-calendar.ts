import { DAY_MS, MINUTE_MS } from './local-day.js';

/** The zone used when a screen names one this runtime does not know (the product default). */
export const FALLBACK_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Offsets are read at UTC midnights this many days apart, shared by the days between them. Two
 * equal readings are taken to mean no transition between them: missing one would take two
 * transitions within three days that cancel out.
 */
const PROBE_DAYS = 3;

const calendars = new Map<string, ZoneCalendar>();

/** The shared, cached calendar of one IANA zone; an unknown zone falls back to the default. */
export function zoneCalendar(timeZone: string): ZoneCalendar {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    calendar = new ZoneCalendar(createFormat(timeZone) ?? createFormat(FALLBACK_TIME_ZONE)!);
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

/**
 * Builds the calendar of `timeZone` ahead of its first use: a page's first time-zone formatter
 * loads ICU's zone data (about 20 ms on a cold page), time better spent while waiting on I/O.
 */
export function prepareTimeZone(timeZone: string): void {
  zoneCalendar(timeZone);
}

function createFormat(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
}

/**
 * Converts between instants and local wall times of one zone as RFC 5545 §3.3.5 reads them: a
 * wall time repeated by a fall-back is its first occurrence; one skipped by a spring-forward gap
 * is read with the offset in force before the gap (02:30 in New York on 2026-03-08 is 03:30 EDT).
 */
export class ZoneCalendar {
  /** Per local day: its one UTC offset, or a cache of converted minutes near a transition. */
  private readonly days = new Map<number, number | Map<number, number>>();
  private readonly probes = new Map<number, number>();
  private guessOffset: number | null = null;
  private lastDay = 0;
  private lastStart = 0;
  private lastEnd = 0;

  constructor(private readonly format: Intl.DateTimeFormat) {}

  /** Milliseconds to add to an instant to read its local wall clock as if it were UTC. */
  offsetAt(instant: number): number {
    const second = Math.floor(instant / 1000) * 1000;
    const fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    for (const part of this.format.formatToParts(second)) {
      if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
    }
    const wall = new Date(0);
    wall.setUTCFullYear(fields.year, fields.month - 1, fields.day);
    wall.setUTCHours(fields.hour % 24, fields.minute, fields.second);
    return wall.getTime() - second;
  }

  /** The instant at which local `day` reaches `minute` (0–1440) on the wall clock. */
  instant(day: number, minute: number): number {
    const wall = day * DAY_MS + minute * MINUTE_MS;
    const info = this.dayInfo(day);
    if (typeof info === 'number') return wall - info;
    let instant = info.get(minute);
    if (instant === undefined) {
      instant = this.wallToInstant(wall);
      info.set(minute, instant);
    }
    return instant;
  }

  /** The day's single UTC offset, or NaN when a transition is near and walls need care. */
  plainOffset(day: number): number {
    const info = this.dayInfo(day);
    return typeof info === 'number' ? info : Number.NaN;
  }

  /** The local day an instant falls in: instant(day, 0) <= instant < instant(day + 1, 0). */
  dayOf(instant: number): number {
    if (instant >= this.lastStart && instant < this.lastEnd) return this.lastDay;
    this.guessOffset ??= this.offsetAt(instant);
    let day = Math.floor((instant + this.guessOffset) / DAY_MS);
    while (instant < this.instant(day, 0)) day--;
    while (instant >= this.instant(day + 1, 0)) day++;
    this.lastDay = day;
    this.lastStart = this.instant(day, 0);
    this.lastEnd = this.instant(day + 1, 0);
    return day;
  }

  private dayInfo(day: number): number | Map<number, number> {
    let info = this.days.get(day);
    if (info === undefined) {
      // Every wall time of the day (and its 24:00) lies from day - 1 to day + 2 (offsets stay
      // under a day): the day is plain when the probes around that span agree.
      const first = Math.floor((day - 1) / PROBE_DAYS);
      const last = Math.ceil((day + 2) / PROBE_DAYS);
      const offset = this.probe(first);
      let plain = true;
      for (let probe = first + 1; probe <= last && plain; probe++) {
        plain = this.probe(probe) === offset;
      }
      info = plain ? offset : new Map<number, number>();
      if (plain) this.guessOffset = offset;
      this.days.set(day, info);
    }
    return info;
  }

  /** The offset at UTC midnight of day `index` × PROBE_DAYS, asked of Intl once. */
  private probe(index: number): number {
    let offset = this.probes.get(index);
    if (offset === undefined) {
      offset = this.offsetAt(index * PROBE_DAYS * DAY_MS);
      this.probes.set(index, offset);
    }
    return offset;
  }

  private wallToInstant(wall: number): number {
    const early = this.offsetAt(wall - DAY_MS);
    const late = this.offsetAt(wall + DAY_MS);
    const underEarly = wall - early;
    const underLate = wall - late;
    const earlyFits = this.offsetAt(underEarly) === early;
    const lateFits = this.offsetAt(underLate) === late;
    if (earlyFits && lateFits) return Math.min(underEarly, underLate);
    if (earlyFits) return underEarly;
    if (lateFits) return underLate;
    return underEarly;
  }
}
