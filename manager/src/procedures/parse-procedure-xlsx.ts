import ExcelJS from 'exceljs';
import { type ProcedureTable, parseProcedureRows } from './parse-procedure-table.js';

/** Reads the first worksheet of an XLSX file; lines are the sheet's row numbers. */
export async function parseProcedureXlsx(bytes: Buffer): Promise<ProcedureTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return { procedures: [], errors: [{ line: 1, message: 'the workbook has no sheet' }] };
  const rows: Array<{ cells: string[]; line: number }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    rows.push({ cells: Array.from(cells, (cell) => cell ?? ''), line });
  });
  return parseProcedureRows(rows);
}
