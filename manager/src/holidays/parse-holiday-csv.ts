import Papa from 'papaparse';
import {
  checkedDate,
  type ImportedCalendar,
  MAX_IMPORTED_DAYS,
  MAX_NAME_LENGTH,
} from './imported-holidays.js';

/** What a row without a name is called. */
export const UNNAMED_HOLIDAY = 'Ngày nghỉ';

/**
 * A CSV of dates: one per row, in the first column (YYYY-MM-DD or DD/MM/YYYY), optionally
 * followed by the name; a first row that holds no date is taken for a header.
 */
export function parseHolidayCsv(text: string): ImportedCalendar {
  const result: ImportedCalendar = { holidays: [], errors: [] };
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  data.forEach((cells, index) => {
    const line = index + 1;
    const [first = '', ...rest] = cells.map((cell) => cell.trim());
    if (first === '' && rest.every((cell) => cell === '')) return;
    const date = readDate(first);
    if (!date) {
      if (line > 1) result.errors.push({ line, message: `"${first.slice(0, 40)}" is not a date` });
      return;
    }
    const name = rest.join(', ').trim().slice(0, MAX_NAME_LENGTH) || UNNAMED_HOLIDAY;
    result.holidays.push({ date, name, line });
  });
  if (result.holidays.length === 0 && result.errors.length === 0) {
    result.errors.push({ line: 1, message: 'no dates in the file' });
  }
  if (result.holidays.length > MAX_IMPORTED_DAYS) {
    result.errors.push({ line: 1, message: `more than ${MAX_IMPORTED_DAYS} days` });
  }
  return result;
}

function readDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (local) return checkedDate(Number(local[3]), Number(local[2]), Number(local[1]));
  return null;
}
