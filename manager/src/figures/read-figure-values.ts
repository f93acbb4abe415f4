import type { CsvCell, FigureSource } from '@bangtin/shared';
import Papa from 'papaparse';
import { foldHeader } from '../procedures/fold-header.js';
import { parseFigureNumber } from './parse-figure-number.js';
import { readJsonPath } from './read-json-path.js';

/** The figures a source's text gives, by figure (null: not mapped), or why it gives none. */
export type FigureReading = { values: (number | null)[] } | { error: string };

/**
 * Reads every mapped figure from a source's text (a byte-order mark already removed). One
 * figure that cannot be read fails the whole reading: half-new figures would mislead.
 * Messages are for the admin, in Vietnamese.
 */
export function readFigureValues(text: string, source: FigureSource): FigureReading {
  const raw =
    source.format === 'json' ? readJson(text, source.fields) : readCsv(text, source.fields);
  if ('error' in raw) return raw;
  const values: (number | null)[] = [];
  for (const [index, cell] of raw.cells.entries()) {
    if (cell.where === null) {
      values.push(null);
      continue;
    }
    if (cell.value === undefined)
      return { error: `Số liệu ${index + 1}: không thấy ${cell.where}` };
    const value = parseFigureNumber(cell.value, source.decimalSeparator);
    if (value === null) {
      return {
        error: `Số liệu ${index + 1}: "${shown(cell.value)}" ở ${cell.where} không phải là số`,
      };
    }
    values.push(value);
  }
  return { values };
}

/** What a mapping names (null: not mapped) and the raw value found there (undefined: nothing). */
interface RawCell {
  where: string | null;
  value: unknown;
}

type RawReading = { cells: RawCell[] } | { error: string };

function readJson(text: string, paths: (string | null)[]): RawReading {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return { error: 'Nguồn không phải là JSON hợp lệ' };
  }
  return {
    cells: paths.map((path) => ({
      where: path,
      value: path === null ? undefined : readJsonPath(root, path),
    })),
  };
}

function readCsv(text: string, cells: (CsvCell | null)[]): RawReading {
  // The delimiter is guessed: Excel set to Vietnamese writes `;`, since `,` is its decimal mark.
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = data;
  if (!header || rows.length === 0)
    return { error: 'Tệp CSV không có dòng số liệu dưới dòng tiêu đề' };
  const columns = header.map(foldHeader);
  return {
    cells: cells.map((cell) => {
      if (cell === null) return { where: null, value: undefined };
      const where = `cột "${cell.column}", dòng ${cell.row === 'last' ? 'cuối' : cell.row}`;
      const column = columns.indexOf(foldHeader(cell.column));
      const row = cell.row === 'last' ? rows.at(-1) : rows[cell.row - 1];
      return { where, value: column === -1 ? undefined : row?.[column] };
    }),
  };
}

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
