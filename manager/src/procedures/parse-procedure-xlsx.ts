import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { BoundedRows } from './bounded-rows.js';
import { checkZipEntries } from './check-zip-entries.js';
import { type ProcedureTable, parseProcedureRows } from './parse-procedure-table.js';

/**
 * Reads the first worksheet of an XLSX file as a stream, row by row; lines are the sheet's row
 * numbers. The zip's declared sizes are checked before anything is inflated.
 */
export async function parseProcedureXlsx(bytes: Buffer): Promise<ProcedureTable> {
  checkZipEntries(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const rows = new BoundedRows();
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cell.text ?? '';
      });
      rows.add(
        Array.from(cells, (cell) => cell ?? ''),
        row.number,
      );
    }
    // Only the first sheet holds the list.
    return parseProcedureRows(rows.rows);
  }
  return { procedures: [], errors: [{ line: 1, message: 'the workbook has no sheet' }] };
}
