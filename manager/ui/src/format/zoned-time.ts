/** Wall-clock arithmetic in a screen's IANA time zone, for the week view. */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The local wall clock at an instant, read as if it were UTC (epoch ms). */
function wallAt(instant: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatOf(timeZone).formatToParts(instant))
    fields[part.type] = Number(part.value);
  return Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    (fields.hour ?? 0) % 24,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
}

/** A calendar date `YYYY-MM-DD` moved by whole days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The instant at which `date` reaches `minute` of its day on the zone's wall clock. */
export function zonedInstant(date: string, minute: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  // Two passes settle the offset, also on a day the offset changes.
  let instant = wall - (wallAt(wall, timeZone) - wall);
  instant = wall - (wallAt(instant, timeZone) - instant);
  return instant;
}

/** The local date and minute of the day at an instant. */
export function zonedParts(instant: number, timeZone: string): { date: string; minute: number } {
  const wall = wallAt(instant, timeZone);
  const date = new Date(wall).toISOString().slice(0, 10);
  return { date, minute: Math.round((wall - Date.parse(`${date}T00:00:00Z`)) / 60_000) };
}

/** The Monday of the week holding `instant`, in the zone. */
export function mondayOf(instant: number, timeZone: string): string {
  const { date } = zonedParts(instant, timeZone);
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** HH:MM for a minute of the day; the end of the day is 00:00 (an end at midnight). */
export function timeOfMinute(minute: number): string {
  const wrapped = minute % 1440;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

/** HH:MM for display, where the end of a day reads 24:00. */
export function clockOfMinute(minute: number): string {
  return minute === 1440 ? '24:00' : timeOfMinute(minute);
}
