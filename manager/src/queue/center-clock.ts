import { FALLBACK_TIME_ZONE } from '@bangtin/shared';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: FALLBACK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
});

/**
 * The service center's local date and hour of an instant. A center works in Vietnam's one time
 * zone; the queue's "today" is the center's, not each screen's.
 */
export function centerDayAndHour(epochMs: number): { day: string; hour: number } {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(epochMs)) parts[part.type] = part.value;
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}
