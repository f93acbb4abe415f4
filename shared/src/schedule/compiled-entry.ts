import type { ScheduleEntry, ScheduleKind, Target } from '../schemas/schedule.js';
import { holidaySet } from './holiday-days.js';
import {
  DAY_MS,
  dayFromDate,
  isoWeekday,
  MINUTE_MS,
  MINUTES_PER_DAY,
  minuteFromTime,
} from './local-day.js';
import { type RuleDaySet, rruleDaySet } from './rrule-days.js';
import { RRULE_ANCHOR_DAY } from './validate-rrule.js';
import type { ZoneCalendar } from './zone-calendar.js';

const EVERY_WEEKDAY = 0b1111_1110;

/**
 * One entry turned into numbers. Its occurrence on local day D (a day that passes the date
 * range, the day filter, the exdates and the holiday mode) runs from D at `startMinute` to D + `endDayOffset` at
 * `endMinute`; a window crossing midnight therefore belongs to the day it starts on.
 */
export class CompiledEntry {
  readonly id: string;
  readonly kind: ScheduleKind;
  readonly playlistId: string | null;
  readonly priority: number;
  readonly createdAt: number;
  readonly target: Target;
  readonly firstDay: number;
  readonly lastDay: number;
  /** Bit n set for ISO weekday n; 0 when every weekday is allowed. */
  readonly weekdayMask: number;
  /** No rule and no exdates: the date range and weekday mask decide alone. */
  readonly plainDays: boolean;
  readonly hasRule: boolean;
  private readonly rruleText: string | null;
  /** Set when the entry plays on holidays only: its rule then keeps just those days. */
  private readonly onlyOn: readonly number[] | null;
  private rule: RuleDaySet | null = null;
  /** The zone last asked about, and its last day whose start is not after a UTC UNTIL. */
  private untilZone: ZoneCalendar | null = null;
  private untilDay = Number.POSITIVE_INFINITY;
  private readonly exdates: ReadonlySet<number> | null;
  /** The excluded days, ascending and without repeats. */
  readonly sortedExdates: readonly number[];
  readonly startMinute: number;
  readonly endMinute: number;
  readonly endDayOffset: 0 | 1;
  /** Occurrences on consecutive valid days always touch, so a run of days is one interval. */
  readonly wholeDays: boolean;
  readonly expiresAt: number;
  /** Position in precedence order (lower wins); set by compileSchedule. */
  rank = 0;

  /** `holidays`: the organisation's, as ascending day numbers. */
  constructor(entry: ScheduleEntry, holidays: readonly number[]) {
    this.id = entry.id;
    this.kind = entry.kind;
    this.playlistId = entry.playlistId;
    this.priority = entry.priority;
    this.createdAt = Date.parse(entry.createdAt);
    this.target = entry.target;
    this.firstDay = entry.startDate ? dayFromDate(entry.startDate) : Number.NEGATIVE_INFINITY;
    // An entry with nothing to play (only `off` may lack a playlist) never applies.
    const playable = entry.kind === 'off' || entry.playlistId !== null;
    this.lastDay =
      entry.endDate && playable
        ? dayFromDate(entry.endDate)
        : playable
          ? Number.POSITIVE_INFINITY
          : Number.NEGATIVE_INFINITY;
    let mask = 0;
    for (const weekday of entry.weekdays) mask |= 1 << weekday;
    this.weekdayMask = mask === EVERY_WEEKDAY ? 0 : mask;
    this.rruleText = entry.rrule;
    // Skipped holidays are exdates like any other: the day plan looks them up per day.
    const skipped = entry.holidayMode === 'skip' ? holidays : [];
    this.sortedExdates = [...new Set([...entry.exdates.map(dayFromDate), ...skipped])].sort(
      (a, b) => a - b,
    );
    this.exdates = this.sortedExdates.length > 0 ? new Set(this.sortedExdates) : null;
    this.onlyOn = entry.holidayMode === 'only' ? holidays : null;
    this.hasRule = this.rruleText !== null || this.onlyOn !== null;
    this.plainDays = !this.hasRule && this.exdates === null;
    this.startMinute = entry.startTime ? minuteFromTime(entry.startTime) : 0;
    this.endMinute = entry.endTime ? minuteFromTime(entry.endTime) : MINUTES_PER_DAY;
    this.endDayOffset = this.endMinute <= this.startMinute ? 1 : 0;
    this.wholeDays =
      this.endDayOffset === 1
        ? this.endMinute === this.startMinute
        : this.startMinute === 0 && this.endMinute === MINUTES_PER_DAY;
    const expiresAt = entry.expiresAt ? Date.parse(entry.expiresAt) : Number.NaN;
    this.expiresAt = Number.isNaN(expiresAt) ? Number.POSITIVE_INFINITY : expiresAt;
  }

  /** Whether the entry applies to a screen with this id and these groups. */
  targets(screenId: string, groupIds: readonly string[]): boolean {
    const { all, screenIds, groupIds: targetGroups } = this.target;
    return all || screenIds.includes(screenId) || groupIds.some((id) => targetGroups.includes(id));
  }

  /** Whether the entry has an occurrence on local `day` in the zone of `calendar`. */
  isValidDay(day: number, calendar: ZoneCalendar): boolean {
    if (day < this.firstDay || day > this.lastDay) return false;
    if (this.weekdayMask !== 0 && (this.weekdayMask & (1 << isoWeekday(day))) === 0) return false;
    return this.passesRuleAndExdates(day, calendar);
  }

  /** The part of isValidDay beyond the date range and weekday mask. */
  passesRuleAndExdates(day: number, calendar: ZoneCalendar): boolean {
    if (this.hasRule) {
      if (!this.ruleDays().has(day) || day > this.lastRuleDay(calendar)) return false;
    }
    return this.exdates === null || !this.exdates.has(day);
  }

  /**
   * The first valid day >= from, Infinity if none ever, or NaN when a rule has none up to
   * `limit` (a rule is only expanded that far; without one the answer is always exact).
   */
  nextValidDay(from: number, limit: number, calendar: ZoneCalendar): number {
    const { hasRule } = this;
    const lastDay = hasRule ? Math.min(this.lastDay, this.lastRuleDay(calendar)) : this.lastDay;
    const last = hasRule ? Math.min(lastDay, limit) : lastDay;
    for (let day = Math.max(from, this.firstDay); day <= last; day++) {
      if (hasRule) {
        day = this.ruleDays().next(day, last);
        if (day === Number.POSITIVE_INFINITY) return day;
        if (day > last) break;
      }
      if (this.isValidDay(day, calendar)) return day;
    }
    return hasRule && lastDay > limit ? Number.NaN : Number.POSITIVE_INFINITY;
  }

  /** The first invalid day >= from, Infinity if none ever, or NaN as for nextValidDay. */
  nextInvalidDay(from: number, limit: number, calendar: ZoneCalendar): number {
    const lastDay = this.hasRule
      ? Math.min(this.lastDay, this.lastRuleDay(calendar))
      : this.lastDay;
    if (from < this.firstDay || from > lastDay) return from;
    let stop = lastDay + 1;
    for (const day of this.sortedExdates) {
      if (day >= from) {
        stop = Math.min(stop, day);
        break;
      }
    }
    if (!this.hasRule) {
      // Without a rule only the weekdays leave gaps: one comes within a week, if any.
      if (this.weekdayMask === 0) return stop;
      for (let day = from; day < from + 7 && day < stop; day++) {
        if ((this.weekdayMask & (1 << isoWeekday(day))) === 0) return day;
      }
      return stop;
    }
    const end = Math.min(stop - 1, limit);
    for (let day = from; day <= end; day++) if (!this.isValidDay(day, calendar)) return day;
    return end === stop - 1 ? stop : Number.NaN;
  }

  /** Parsed on first use: most entries of a large schedule never reach their rule. */
  private ruleDays(): RuleDaySet {
    if (this.rule === null) {
      const anchor = Number.isFinite(this.firstDay) ? this.firstDay : RRULE_ANCHOR_DAY;
      // Counting COUNT stops at the end date: a rule that rarely matches would count for centuries.
      const rule =
        this.rruleText === null
          ? null
          : rruleDaySet(this.rruleText, anchor, this.startMinute, this.lastDay);
      const { onlyOn } = this;
      this.rule =
        onlyOn === null
          ? (rule as RuleDaySet)
          : Object.assign(holidaySet(onlyOn, rule), {
              utcUntil: rule?.utcUntil ?? Number.POSITIVE_INFINITY,
            });
    }
    return this.rule;
  }

  /** The last day whose occurrence starts at or before the rule's UTC UNTIL, in this zone. */
  private lastRuleDay(calendar: ZoneCalendar): number {
    const until = this.ruleDays().utcUntil;
    if (until === Number.POSITIVE_INFINITY) return until;
    if (calendar !== this.untilZone) {
      // Offsets stay within a day, so the day after UNTIL's UTC date is the latest candidate.
      let day = Math.floor((until - this.startMinute * MINUTE_MS) / DAY_MS) + 1;
      while (calendar.instant(day, this.startMinute) > until) day--;
      this.untilZone = calendar;
      this.untilDay = day;
    }
    return this.untilDay;
  }
}
