import { BoundedRows } from './bounded-rows.js';
import { checkZipEntries } from './check-zip-entries.js';
import { type ProcedureTable, parseProcedureRows } from './parse-procedure-table.js';
import { readFirstSheet } from './xlsx/read-first-sheet.js';

/**
 * Reads the first worksheet of an XLSX file, row by row; lines are the sheet's row numbers. The
 * zip's declared sizes are checked before anything is inflated.
 */
export async function parseProcedureXlsx(bytes: Buffer): Promise<ProcedureTable> {
  checkZipEntries(bytes);
  const sheet = readFirstSheet(bytes);
  if (!sheet)
    return { procedures: [], errors: [{ line: 1, message: 'the workbook has no sheet' }] };
  const rows = new BoundedRows();
  for (const { cells, line } of sheet) rows.add(cells, line);
  return parseProcedureRows(rows.rows);
}
