import { IMPORT_LIMITS, ImportLimitError } from './import-limits.js';

/** A table's rows as they are read, refused as soon as one passes the import limits. */
export class BoundedRows {
  readonly rows: Array<{ cells: string[]; line: number }> = [];

  constructor(private readonly limits = IMPORT_LIMITS) {}

  add(cells: string[], line: number): void {
    // Blank rows are skipped by the parser anyway (and a CSV's last line break makes one).
    if (cells.every((cell) => cell.trim() === '')) return;
    // The header row does not count against the row limit.
    if (this.rows.length > this.limits.rows) {
      throw new ImportLimitError(
        413,
        `The file has more than ${this.limits.rows.toLocaleString('vi-VN')} rows`,
      );
    }
    if (cells.length > this.limits.columns) {
      throw new ImportLimitError(400, `Line ${line} has more than ${this.limits.columns} columns`);
    }
    if (cells.some((cell) => cell.length > this.limits.cellChars)) {
      throw new ImportLimitError(
        400,
        `Line ${line} has a cell longer than ${this.limits.cellChars} characters`,
      );
    }
    this.rows.push({ cells, line });
  }
}
