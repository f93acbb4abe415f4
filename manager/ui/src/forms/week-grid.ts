import type { ScreenTimelineSegment } from '@bangtin/shared';
import { addDays, zonedParts } from '../format/zoned-time.js';
import type { SchedulePrefill } from './schedule-prefill.js';

/** A part of a segment within one day of the week view (minutes 0–1440 of that day). */
export interface DayPiece {
  segment: ScreenTimelineSegment;
  day: number;
  startMinute: number;
  endMinute: number;
}

/** A cell of the week view: day 0 (Monday) to 6, and a step of the day (its size is the zoom). */
export interface Cell {
  day: number;
  slot: number;
}

/** The grid's zoom levels, in minutes per row; 15 lets 07:30 be dragged, not typed. */
export const GRID_STEPS = [15, 30, 60] as const;
export type GridStep = (typeof GRID_STEPS)[number];

export const slotsOf = (step: GridStep) => 1440 / step;

/** Cuts each segment at local midnights, dropping idle time (nothing to draw). */
export function piecesOfWeek(
  segments: readonly ScreenTimelineSegment[],
  monday: string,
  timeZone: string,
): DayPiece[] {
  const days = Array.from({ length: 8 }, (_, index) => addDays(monday, index));
  const pieces: DayPiece[] = [];
  for (const segment of segments) {
    if (segment.state === 'idle') continue;
    const start = zonedParts(Date.parse(segment.from), timeZone);
    const end = zonedParts(Date.parse(segment.to), timeZone);
    const first = Math.max(0, days.indexOf(start.date));
    const last = days.includes(end.date) ? days.indexOf(end.date) : 7;
    for (let day = first; day <= Math.min(last, 6); day++) {
      const startMinute = day === days.indexOf(start.date) ? start.minute : 0;
      const endMinute = day === last ? end.minute : 1440;
      if (endMinute > startMinute) pieces.push({ segment, day, startMinute, endMinute });
    }
  }
  return pieces;
}

/** The piece drawn at the middle of a cell, if any. */
export function pieceAt(
  pieces: readonly DayPiece[],
  cell: Cell,
  step: GridStep,
): DayPiece | undefined {
  const minute = cell.slot * step + step / 2;
  return pieces.find(
    (piece) => piece.day === cell.day && piece.startMinute <= minute && minute < piece.endMinute,
  );
}

/** The rectangle between two cells. */
export function spanOf(a: Cell, b: Cell): { days: [number, number]; slots: [number, number] } {
  return {
    days: [Math.min(a.day, b.day), Math.max(a.day, b.day)],
    slots: [Math.min(a.slot, b.slot), Math.max(a.slot, b.slot)],
  };
}

export function clampCell(cell: Cell, step: GridStep): Cell {
  return {
    day: Math.min(6, Math.max(0, cell.day)),
    slot: Math.min(slotsOf(step) - 1, Math.max(0, cell.slot)),
  };
}

/** "HH:MM" of a minute of the day; the end of the day is 00:00 (an end at midnight). */
function clock(minute: number): string {
  const wrapped = minute % 1440;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

/**
 * A selection as a weekly repeat: exactly the weekdays it spans, at its hours, with no dates
 * (a drag across Monday–Friday means "every weekday from now on", not "this week").
 */
export function prefillOfSpan(
  span: ReturnType<typeof spanOf>,
  step: GridStep,
  screenId: string | null,
): SchedulePrefill {
  const weekdays: number[] = [];
  for (let day = span.days[0]; day <= span.days[1]; day++) weekdays.push(day + 1);
  return {
    weekdays,
    startTime: clock(span.slots[0] * step),
    endTime: clock((span.slots[1] + 1) * step),
    screenId,
  };
}
