import {
  ONLINE_LEVELS,
  type Procedure,
  type ProcedureInput,
  ProcedureInputSchema,
} from '@bangtin/shared';
import Papa from 'papaparse';
import { BoundedRows } from './bounded-rows.js';

export interface ProcedureRowError {
  /** 1-based line in the source file where the row starts. */
  line: number;
  message: string;
}

/** A procedure read from a file, before it has an id. */
export type ParsedProcedure = Omit<Procedure, 'id'>;

export interface ProcedureTable {
  procedures: Array<ParsedProcedure & { line: number }>;
  errors: ProcedureRowError[];
}

type Column = keyof ProcedureInput | 'ignored';

/** Published lists name their columns in many ways; keys are headers without diacritics. */
const HEADER_COLUMNS: Record<string, Column> = {
  stt: 'ignored',
  tt: 'ignored',
  'so tt': 'ignored',
  'ma thu tuc': 'code',
  'ma tthc': 'code',
  ma: 'code',
  'ten thu tuc': 'name',
  'ten thu tuc hanh chinh': 'name',
  'ten tthc': 'name',
  'linh vuc': 'field',
  'co quan thuc hien': 'agency',
  'co quan giai quyet': 'agency',
  'cap thuc hien': 'level',
  'muc do dvc': 'onlineLevel',
  'muc do dich vu cong': 'onlineLevel',
  'muc do dvctt': 'onlineLevel',
  'thoi han giai quyet': 'timeLimit',
  'phi le phi': 'fees',
  'phi va le phi': 'fees',
  'le phi': 'fees',
  'duong dan': 'portalUrl',
  link: 'portalUrl',
  url: 'portalUrl',
};

const REQUIRED: Column[] = ['name', 'field'];

const NATIONAL_PORTAL_RECORD =
  'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=';

/** Lower-case, without Vietnamese diacritics or punctuation: "Phí, lệ phí" → "phi le phi". */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Parses a CSV procedure list (UTF-8, RFC 4180, header row) into validated procedures, row by
 * row, stopping at the first row past the import limits (an `ImportLimitError`).
 */
export function parseProcedureCsv(text: string): ProcedureTable {
  const rows = new BoundedRows();
  const source = text.replace(/^\uFEFF/, '');
  const lines = new LineCounter(source);
  let rowStart = 0;
  let refused: unknown;
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result, parser) => {
      try {
        rows.add(result.data, lines.lineAt(rowStart));
      } catch (error) {
        refused = error;
        parser.abort();
      }
      // The cursor stops before the row's line break; the next row starts after it.
      rowStart = result.meta.cursor + (source.startsWith('\r\n', result.meta.cursor) ? 2 : 1);
    },
  });
  if (refused) throw refused;
  return parseProcedureRows(rows.rows);
}

/** Maps rows (header first) of any tabular source to procedures, reporting bad rows by line. */
export function parseProcedureRows(rows: Array<{ cells: string[]; line: number }>): ProcedureTable {
  const header = rows.find((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header) return { procedures: [], errors: [{ line: 1, message: 'the file is empty' }] };

  const columns = header.cells.map((cell) => HEADER_COLUMNS[foldHeader(cell)] ?? 'ignored');
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    const names = missing.map((column) => (column === 'name' ? 'Tên thủ tục' : 'Lĩnh vực'));
    return {
      procedures: [],
      errors: [{ line: header.line, message: `missing column: ${names.join(', ')}` }],
    };
  }

  const table: ProcedureTable = { procedures: [], errors: [] };
  for (const row of rows.slice(rows.indexOf(header) + 1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const parsed = parseRow(columns, row.cells);
    if (parsed.ok) table.procedures.push({ ...parsed.value, line: row.line });
    else table.errors.push({ line: row.line, message: parsed.message });
  }
  return table;
}

function parseRow(
  columns: Column[],
  cells: string[],
): { ok: true; value: ParsedProcedure } | { ok: false; message: string } {
  const raw: Record<string, string | null> = {};
  columns.forEach((column, index) => {
    if (column === 'ignored') return;
    const value = (cells[index] ?? '').trim();
    raw[column] = value === '' ? null : value;
  });
  const onlineLevel = raw.onlineLevel ? matchOnlineLevel(raw.onlineLevel) : null;
  if (raw.onlineLevel && !onlineLevel) {
    return {
      ok: false,
      message: `Mức độ DVC "${raw.onlineLevel}" is not "Toàn trình" or "Một phần"`,
    };
  }
  const portalUrl =
    raw.portalUrl ?? (raw.code ? NATIONAL_PORTAL_RECORD + encodeURIComponent(raw.code) : null);
  const result = ProcedureInputSchema.safeParse({
    ...raw,
    name: raw.name ?? '',
    field: raw.field ?? '',
    onlineLevel,
    portalUrl,
  });
  if (result.success) return { ok: true, value: result.data };
  const message = result.error.issues
    .map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`)
    .join('; ');
  return { ok: false, message };
}

function matchOnlineLevel(text: string): ProcedureInput['onlineLevel'] {
  const folded = foldHeader(text);
  return ONLINE_LEVELS.find((level) => foldHeader(level) === folded) ?? null;
}

/** Counts line breaks incrementally, since rows are visited in order. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    for (; this.offset < offset && this.offset < this.text.length; this.offset++) {
      if (this.text[this.offset] === '\n') this.line++;
    }
    return this.line;
  }
}
