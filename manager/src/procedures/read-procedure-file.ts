import { ApiError } from '../errors.js';
import { ImportLimitError } from './import-limits.js';
import { type ProcedureTable, parseProcedureCsv } from './parse-procedure-table.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A procedure list from an XLSX workbook (a zip) or a UTF-8 CSV file, told apart by its bytes. */
export async function readProcedureFile(bytes: Buffer): Promise<ProcedureTable> {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    try {
      // The workbook reader is loaded only when a workbook comes.
      const { parseProcedureXlsx } = await import('./parse-procedure-xlsx.js');
      return await parseProcedureXlsx(bytes);
    } catch (error) {
      throw error instanceof ImportLimitError ? error : unsupported();
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unsupported();
  }
  if (text.includes('\u0000')) throw unsupported();
  return parseProcedureCsv(text);
}

const unsupported = () =>
  new ApiError(
    415,
    'unsupported_media_type',
    'Send the procedure list as an XLSX workbook or a UTF-8 CSV file',
  );
