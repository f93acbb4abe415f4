/** The schema's bounds of a figure's value. */
const LIMIT = 1e12;

/** Spaces, no-break spaces and a trailing percent sign are not part of the number. */
const NOISE = /[\s\u00a0\u202f%]/g;

const GROUPED = {
  ',': /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/,
  '.': /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/,
} as const;

/**
 * A figure read from a source: a JSON number as it is, or text in the source's notation
 * (`1.234,5` with a decimal comma, `1,234.5` with a decimal point); null when it is no number
 * or beyond what a figure may hold.
 */
export function parseFigureNumber(raw: unknown, decimalSeparator: ',' | '.'): number | null {
  if (typeof raw === 'number') return inRange(raw);
  if (typeof raw !== 'string') return null;
  const text = raw.replace(NOISE, '');
  if (!GROUPED[decimalSeparator].test(text)) return null;
  const group = decimalSeparator === ',' ? '.' : ',';
  return inRange(Number(text.replaceAll(group, '').replace(decimalSeparator, '.')));
}

const inRange = (value: number) =>
  Number.isFinite(value) && Math.abs(value) <= LIMIT ? value : null;
