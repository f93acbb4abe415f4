export type Frequency = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';

/** Weekdays in RRULE order: index 0 is MO, 6 is SU (as python-dateutil numbers them). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** An RRULE reduced to what chooses days. A BY* part the rule lacks is null, never empty. */
export interface DayRule {
  readonly freq: Frequency;
  readonly interval: number;
  readonly count: number | null;
  readonly until: Until | null;
  readonly wkst: number;
  readonly byMonth: readonly number[] | null;
  readonly byMonthDay: readonly number[] | null;
  readonly byYearDay: readonly number[] | null;
  readonly byWeekNo: readonly number[] | null;
  /** BYDAY entries without a number (MO). */
  readonly byWeekday: readonly number[] | null;
  /** BYDAY entries with a number (1MO, -1FR), as [weekday, n]. */
  readonly byNthWeekday: readonly (readonly [number, number])[] | null;
  readonly bySetPos: readonly number[] | null;
}

/**
 * UNTIL as the last moment an occurrence may start (inclusive): a UTC instant for a value ending
 * in Z, else a local wall time read as if UTC (a DATE value is the last millisecond of its day).
 */
export interface Until {
  readonly at: number;
  readonly utc: boolean;
}
