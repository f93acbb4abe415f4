import {
  type ColumnMapping,
  type Procedure,
  type ProcedureImportField,
  ProcedureInputSchema,
} from '@bangtin/shared';
import Papa from 'papaparse';
import type { RememberedColumns } from '../store/import-columns.js';
import { BoundedRows } from './bounded-rows.js';
import { foldHeader } from './fold-header.js';
import { looksLikePlaceholder } from './looks-like-placeholder.js';
import { readOnlineLevel } from './read-online-level.js';
import { suggestColumnMapping } from './suggest-column-mapping.js';

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
  /** The rows as read, header first, so that they can be mapped again with the admin's choice. */
  rows?: SourceRow[];
}

/** A row of the file as read: its cells and the 1-based line it starts on. */
export interface SourceRow {
  cells: string[];
  line: number;
}

/** A cell that looks like a value still to be filled in. */
export interface PlaceholderCell {
  line: number;
  field: ProcedureImportField;
  value: string;
}

/** A table read with a column mapping: what it found, and how it read the columns. */
export interface MappedProcedureTable extends ProcedureTable {
  columns: Array<{ header: string; field: ProcedureImportField | null }>;
  placeholders: PlaceholderCell[];
  /** Codes and names of the bad rows: a complete list must not delete what they stand for. */
  unreadable: Array<{ code: string | null; name: string | null }>;
}

/** The admin's mapping for this file, else what was remembered and the headers suggest. */
export interface MappingChoice {
  mapping?: ColumnMapping | undefined;
  remembered?: RememberedColumns | undefined;
}

const REQUIRED = ['name', 'field'] as const;
const REQUIRED_LABELS = { name: 'Tên thủ tục', field: 'Lĩnh vực' } as const;

/** Fields whose placeholder cannot be stored as text (a fixed list, a link): read as empty. */
const CHECKED_FIELDS: ReadonlySet<ProcedureImportField> = new Set(['onlineLevel', 'portalUrl']);

const NATIONAL_PORTAL_RECORD =
  'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=';

export { foldHeader };

/**
 * Parses a CSV procedure list (RFC 4180, header row, any delimiter Excel writes) into validated
 * procedures, row by row, stopping at the first row past the import limits (an `ImportLimitError`).
 */
export function parseProcedureCsv(text: string, choice: MappingChoice = {}): MappedProcedureTable {
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
  return parseProcedureRows(rows.rows, choice);
}

/**
 * Maps rows (header first) of any tabular source to procedures through the column mapping,
 * reporting bad rows by line and cells that look like placeholders.
 */
export function parseProcedureRows(
  rows: SourceRow[],
  { mapping, remembered }: MappingChoice = {},
): MappedProcedureTable {
  const table: MappedProcedureTable = {
    procedures: [],
    errors: [],
    rows,
    columns: [],
    placeholders: [],
    unreadable: [],
  };
  const header = rows.find((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header) {
    table.errors.push({ line: 1, message: 'the file is empty' });
    return table;
  }
  const headers = header.cells.map((cell) => cell.trim());
  const fields = mapping
    ? headers.map((_, index) => mapping[index] ?? null)
    : suggestColumnMapping(headers, remembered);
  table.columns = headers.map((name, index) => ({ header: name, field: fields[index] ?? null }));
  const missing = REQUIRED.filter((field) => !fields.includes(field));
  if (missing.length > 0) {
    const names = missing.map((field) => REQUIRED_LABELS[field]);
    table.errors.push({ line: header.line, message: `missing column: ${names.join(', ')}` });
    return table;
  }
  for (const row of rows.slice(rows.indexOf(header) + 1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const raw = readCells(fields, row, table.placeholders);
    const parsed = parseRow(raw);
    if (parsed.ok) table.procedures.push({ ...parsed.value, line: row.line });
    else {
      table.errors.push({ line: row.line, message: parsed.message });
      table.unreadable.push({ code: raw.code ?? null, name: raw.name ?? null });
    }
  }
  return table;
}

type RawRow = Partial<Record<ProcedureImportField, string | null>>;

function readCells(fields: ColumnMapping, row: SourceRow, placeholders: PlaceholderCell[]): RawRow {
  const raw: RawRow = {};
  fields.forEach((field, index) => {
    if (field === null) return;
    const value = (row.cells[index] ?? '').trim();
    if (value !== '' && looksLikePlaceholder(value)) {
      placeholders.push({ line: row.line, field, value });
      raw[field] = CHECKED_FIELDS.has(field) ? null : value;
      return;
    }
    raw[field] = value === '' ? null : value;
  });
  return raw;
}

function parseRow(
  raw: RawRow,
): { ok: true; value: ParsedProcedure } | { ok: false; message: string } {
  const onlineLevel = raw.onlineLevel ? readOnlineLevel(raw.onlineLevel) : null;
  if (raw.onlineLevel && !onlineLevel) {
    return {
      ok: false,
      message: `Mức độ DVC "${raw.onlineLevel}" is not "Toàn trình" or "Một phần"`,
    };
  }
  // A placeholder code ("xxx") has no record on the national portal.
  const code = raw.code && !looksLikePlaceholder(raw.code) ? raw.code : null;
  const portalUrl =
    raw.portalUrl ?? (code ? NATIONAL_PORTAL_RECORD + encodeURIComponent(code) : null);
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
