import {
  addDays,
  checkedDate,
  datesBetween,
  type ImportError,
  type ImportedCalendar,
  type ImportedHoliday,
  MAX_IMPORTED_DAYS,
  MAX_NAME_LENGTH,
} from './imported-holidays.js';

/** A holiday lasts days, not weeks: a longer event is a mistake in the file. */
const MAX_EVENT_DAYS = 31;

interface Property {
  name: string;
  params: string[];
  value: string;
  line: number;
}

/**
 * The all-day events of an iCalendar file (RFC 5545) as holidays: each VEVENT's DTSTART (a DATE)
 * up to its DTEND (exclusive) or for its DURATION in days, named by its SUMMARY.
 */
export function parseIcs(text: string): ImportedCalendar {
  const result: ImportedCalendar = { holidays: [], errors: [] };
  const properties = unfold(text);
  if (!properties.some((p) => p.name === 'BEGIN' && p.value.toUpperCase() === 'VCALENDAR')) {
    result.errors.push({ line: 1, message: 'not an iCalendar file (no BEGIN:VCALENDAR)' });
    return result;
  }
  let event: Property[] | null = null;
  for (const property of properties) {
    if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VEVENT') {
      event = [property];
    } else if (property.name === 'END' && property.value.toUpperCase() === 'VEVENT' && event) {
      const read = readEvent(event);
      if (Array.isArray(read)) result.holidays.push(...read);
      else result.errors.push(read);
      event = null;
    } else if (event) {
      event.push(property);
    }
    if (result.holidays.length > MAX_IMPORTED_DAYS) {
      result.errors.push({ line: property.line, message: `more than ${MAX_IMPORTED_DAYS} days` });
      return result;
    }
  }
  if (event) result.errors.push({ line: event[0]!.line, message: 'VEVENT without END:VEVENT' });
  return result;
}

/** The days of one event, or why it cannot be read. */
function readEvent(event: Property[]): ImportedHoliday[] | ImportError {
  const line = event[0]!.line;
  const find = (name: string) => event.find((p) => p.name === name);
  const fail = (message: string, at = line): ImportError => ({ line: at, message });
  if (find('RRULE') || find('RDATE')) {
    return fail('repeating events are not read: list each year as its own event');
  }
  const start = find('DTSTART');
  if (!start) return fail('event without DTSTART');
  const first = readDate(start);
  if (!first)
    return fail('DTSTART is not an all-day date (DTSTART;VALUE=DATE:YYYYMMDD)', start.line);
  const summary = find('SUMMARY');
  const name = summary ? unescapeText(summary.value).trim().slice(0, MAX_NAME_LENGTH) : '';
  if (!name) return fail('event without SUMMARY (the holiday name)');
  let end = addDays(first, 1);
  const endProperty = find('DTEND');
  const duration = find('DURATION');
  if (endProperty) {
    const last = readDate(endProperty);
    if (!last) return fail('DTEND is not an all-day date', endProperty.line);
    if (last <= first) return fail('DTEND is not after DTSTART', endProperty.line);
    end = last;
  } else if (duration) {
    const days = /^P(\d{1,3})D$/.exec(duration.value.trim())?.[1];
    if (!days || Number(days) < 1) return fail('DURATION is not a number of days', duration.line);
    end = addDays(first, Number(days));
  }
  const dates = datesBetween(first, end);
  if (dates.length > MAX_EVENT_DAYS) return fail(`an event lasts at most ${MAX_EVENT_DAYS} days`);
  return dates.map((date) => ({ date, name, line }));
}

function readDate(property: Property): string | null {
  const isDateTime = property.params.some((p) => p.toUpperCase() === 'VALUE=DATE-TIME');
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(property.value.trim());
  if (isDateTime || !match) return null;
  return checkedDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Content lines unfolded (a line starting with a space or tab continues the one before). */
function unfold(text: string): Property[] {
  const properties: Property[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const last = properties.at(-1);
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) {
      last.value += raw.slice(1);
      return;
    }
    if (raw.trim() === '') return;
    const colon = raw.indexOf(':');
    const head = colon === -1 ? raw : raw.slice(0, colon);
    const [name = '', ...params] = head.split(';');
    properties.push({
      name: name.trim().toUpperCase(),
      params,
      value: colon === -1 ? '' : raw.slice(colon + 1),
      line: index + 1,
    });
  });
  return properties;
}

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) =>
    character === 'n' || character === 'N' ? ' ' : character,
  );
}
