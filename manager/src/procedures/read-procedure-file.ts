import type { SourceEncoding } from '@bangtin/shared';
import { ApiError } from '../errors.js';
import { decodeProcedureText } from './decode-procedure-text.js';
import { ImportLimitError } from './import-limits.js';
import {
  type MappedProcedureTable,
  type MappingChoice,
  type ProcedureTable,
  parseProcedureCsv,
  parseProcedureRows,
} from './parse-procedure-table.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A procedure file as read: its table, and the encoding its text was found in. */
export interface ReadProcedureTable extends Omit<MappedProcedureTable, 'rows'> {
  encoding: SourceEncoding;
}

/**
 * A procedure list from an XLSX workbook (a zip) or a CSV text file, told apart by its bytes,
 * mapped through the admin's column choice.
 */
export async function readProcedureFile(
  bytes: Buffer,
  choice: MappingChoice = {},
): Promise<ReadProcedureTable> {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    let table: ProcedureTable;
    try {
      // The workbook reader is loaded only when a workbook comes.
      const { parseProcedureXlsx } = await import('./parse-procedure-xlsx.js');
      table = await parseProcedureXlsx(bytes);
    } catch (error) {
      throw error instanceof ImportLimitError ? error : notAWorkbook();
    }
    // The sheet reader maps with the suggestion; its rows are mapped again with the choice.
    const mapped = table.rows
      ? parseProcedureRows(table.rows, choice)
      : { ...table, columns: [], placeholders: [], unreadable: [] };
    return withoutRows(mapped, 'xlsx');
  }
  const { text, encoding } = decodeProcedureText(bytes);
  return withoutRows(parseProcedureCsv(text, choice), encoding);
}

/** The source rows stay in the worker: only the answer crosses back. */
function withoutRows(
  { rows: _rows, ...table }: MappedProcedureTable,
  encoding: SourceEncoding,
): ReadProcedureTable {
  return { ...table, encoding };
}

const notAWorkbook = () =>
  new ApiError(415, 'unsupported_media_type', 'The XLSX workbook could not be read', {
    reason: 'not_a_table',
  });
