const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WRITTEN_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2026-09-02` as written in Vietnam: `02/09/2026`; anything else is returned as it is. */
export function dayText(value: string): string {
  const match = ISO_DAY.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/**
 * A typed day as `yyyy-mm-dd`: `2/9/2026`, `02.09.2026`, `02-09-2026` (day first, as written
 * in Vietnam) or already `2026-09-02`; null when it is not a real calendar day.
 */
export function isoDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DAY.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = WRITTEN_DAY.exec(trimmed);
  return written ? isoOf(Number(written[3]), Number(written[2]), Number(written[1])) : null;
}
