export interface ClockText {
  /** 24-hour `HH:mm`. */
  time: string;
  /** Vietnamese weekday and date, e.g. `Thứ Hai, 02/06/2025`. */
  date: string;
}

const formats = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();

/**
 * The wall-clock time and date at `epochMs` in `timeZone`, in Vietnamese conventions; a time
 * that is not known (NaN: an untrusted clock) shows as `--:--` with no date.
 */
export function formatClock(epochMs: number, timeZone: string): ClockText {
  if (!Number.isFinite(epochMs)) return { time: '--:--', date: '' };
  const format = formatsFor(timeZone);
  const instant = new Date(epochMs);
  return { time: format.time.format(instant), date: format.date.format(instant) };
}

function formatsFor(timeZone: string) {
  let format = formats.get(timeZone);
  if (!format) {
    const zone = isTimeZone(timeZone) ? timeZone : 'Asia/Ho_Chi_Minh';
    format = {
      time: new Intl.DateTimeFormat('vi-VN', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
      date: new Intl.DateTimeFormat('vi-VN', {
        timeZone: zone,
        weekday: 'long',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }),
    };
    formats.set(timeZone, format);
  }
  return format;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
