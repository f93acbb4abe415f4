import type { DayRule } from './day-rule.js';
import {
  DAYS_PER_400_YEARS,
  monthIndexOfDay,
  monthIndexStart,
  yearOfDay,
  yearStart,
} from './gregorian.js';
import { dayFromDate } from './local-day.js';
import { withStartDefaults } from './start-defaults.js';
import { yearMask } from './year-mask.js';

/** Like Python's datetime, the rrule library stops at year 9999. */
const LAST_PERIOD_START = dayFromDate('9999-12-31');
/** Years, months, weeks and days in 400 years: the periods after which the calendar repeats. */
const UNITS_PER_400_YEARS = {
  YEARLY: 400,
  MONTHLY: 4800,
  WEEKLY: DAYS_PER_400_YEARS / 7,
  DAILY: DAYS_PER_400_YEARS,
};

/**
 * A rule's periods (the years, months, weeks or days it steps through by INTERVAL), numbered
 * from 0 for the one holding the start day, and the days each one produces. Year masks are
 * cached, so the cost of a period does not depend on how far it lies from the start.
 */
export class RulePeriods {
  readonly rule: DayRule;
  /** No occurrence falls after this day (UNTIL), and no period starts after `lastStart`. */
  readonly lastDay: number;
  readonly lastStart: number;
  /** A run of this many periods without a day means the rule has no more days ever. */
  readonly cycle: number;
  private readonly startUnit: number;
  private readonly masks = new Map<number, Uint8Array>();
  private yearDays: Uint8Array = new Uint8Array(0);
  private yearFirst = Number.POSITIVE_INFINITY;
  private yearNext = Number.POSITIVE_INFINITY;
  /** Whether the current year's mask has a matching day. */
  private yearLive = false;

  constructor(
    rule: DayRule,
    readonly startDay: number,
    lastDay: number,
  ) {
    this.rule = withStartDefaults(rule, startDay);
    this.lastDay = lastDay;
    this.lastStart = Math.min(this.lastDay, LAST_PERIOD_START);
    const units = UNITS_PER_400_YEARS[rule.freq];
    this.cycle = units / gcd(rule.interval, units);
    this.startUnit = this.unitOf(startDay);
  }

  /** The first period that ends on or after `day`. */
  indexFrom(day: number): number {
    return Math.max(0, Math.ceil((this.unitOf(day) - this.startUnit) / this.rule.interval));
  }

  /** The first day of period `index` (a week begins on WKST, even the start day's). */
  first(index: number): number {
    const unit = this.startUnit + index * this.rule.interval;
    switch (this.rule.freq) {
      case 'YEARLY':
        return yearStart(unit);
      case 'MONTHLY':
        return monthIndexStart(unit);
      case 'WEEKLY':
        return this.weekAnchor() + unit * 7;
      default:
        return unit;
    }
  }

  /**
   * The occurrences in period `index`, ascending. BYSETPOS counts among the period's matching
   * days, those before the start day included (they are then not played).
   */
  occurrences(index: number): number[] {
    const first = this.first(index);
    const last = this.last(index);
    if (first < this.yearFirst || first >= this.yearNext) this.enterYear(yearOfDay(first));
    const mask = this.yearDays;
    const offset = this.yearFirst;
    const matching: number[] = [];
    for (let day = first; day <= last; day++) if (mask[day - offset] === 1) matching.push(day);
    const picked = this.rule.bySetPos ? pickPositions(matching, this.rule.bySetPos) : matching;
    return picked.filter((day) => day >= this.startDay && day <= this.lastDay);
  }

  private last(index: number): number {
    const unit = this.startUnit + index * this.rule.interval;
    switch (this.rule.freq) {
      case 'YEARLY':
        return yearStart(unit + 1) - 1;
      case 'MONTHLY':
        return monthIndexStart(unit + 1) - 1;
      case 'WEEKLY':
        return this.weekAnchor() + unit * 7 + 6;
      default:
        return unit;
    }
  }

  /** The number of the year, month, week (from WKST) or day holding `day`. */
  private unitOf(day: number): number {
    switch (this.rule.freq) {
      case 'YEARLY':
        return yearOfDay(day);
      case 'MONTHLY':
        return monthIndexOfDay(day);
      case 'WEEKLY':
        return Math.floor((day - this.weekAnchor()) / 7);
      default:
        return day;
    }
  }

  /** A day falling on WKST: day 0 was a Thursday (index 3). */
  private weekAnchor(): number {
    return this.rule.wkst - 3;
  }

  /**
   * The first period from `index` whose first day's year has a matching day: a rule with COUNT
   * that matches rarely (or never) then steps through years rather than single days.
   */
  skipEmptyYears(index: number): number {
    let year = yearOfDay(this.first(index));
    for (let years = 0; years <= 400; years++, year++) {
      if (yearStart(year) !== this.yearFirst) this.enterYear(year);
      if (this.yearLive) return index;
      index = Math.max(index, this.indexFrom(yearStart(year + 1)));
    }
    return index;
  }

  /** Periods come in order, so the year of the last one is kept at hand. */
  private enterYear(year: number): void {
    // The calendar repeats every 400 years, so one mask serves every year 400 apart.
    const key = ((year % 400) + 400) % 400;
    let mask = this.masks.get(key);
    if (!mask) {
      mask = yearMask(this.rule, year);
      this.masks.set(key, mask);
    }
    this.yearDays = mask;
    this.yearLive = mask.includes(1);
    this.yearFirst = yearStart(year);
    this.yearNext = yearStart(year + 1);
  }
}

/** The days BYSETPOS picks, ascending: a position beyond the list picks none, a day picked twice is one. */
function pickPositions(days: readonly number[], positions: readonly number[]): number[] {
  const picked = new Set<number>();
  for (const position of positions) {
    const day = days[position > 0 ? position - 1 : days.length + position];
    if (day !== undefined) picked.add(day);
  }
  return [...picked].sort((a, b) => a - b);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
