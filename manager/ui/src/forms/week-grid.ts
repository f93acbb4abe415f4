import type { TimelineSegment } from '../api/screen-timeline.js';
import { addDays, zonedParts } from '../format/zoned-time.js';

/** A part of a segment within one day of the week view (minutes 0–1440 of that day). */
export interface DayPiece {
  segment: TimelineSegment;
  day: number;
  startMinute: number;
  endMinute: number;
}

/** A cell of the week view: day 0 (Monday) to 6, hour 0 to 23. */
export interface Cell {
  day: number;
  hour: number;
}

/** Cuts each segment at local midnights, dropping idle time (nothing to draw). */
export function piecesOfWeek(
  segments: readonly TimelineSegment[],
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
export function pieceAt(pieces: readonly DayPiece[], cell: Cell): DayPiece | undefined {
  const minute = cell.hour * 60 + 30;
  return pieces.find(
    (piece) => piece.day === cell.day && piece.startMinute <= minute && minute < piece.endMinute,
  );
}

/** The rectangle between two cells. */
export function spanOf(a: Cell, b: Cell): { days: [number, number]; hours: [number, number] } {
  return {
    days: [Math.min(a.day, b.day), Math.max(a.day, b.day)],
    hours: [Math.min(a.hour, b.hour), Math.max(a.hour, b.hour)],
  };
}

export function clampCell(cell: Cell): Cell {
  return { day: Math.min(6, Math.max(0, cell.day)), hour: Math.min(23, Math.max(0, cell.hour)) };
}
