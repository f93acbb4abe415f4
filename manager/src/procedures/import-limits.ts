/**
 * How much a procedure import may hold. A province's list is a few thousand rows of a dozen
 * columns; these leave room for that and refuse what would only cost the manager time.
 */
export const IMPORT_LIMITS = {
  /** The uploaded file (CSV or XLSX). */
  bytes: 5 * 1024 * 1024,
  rows: 20_000,
  columns: 50,
  /** Characters in one cell. */
  cellChars: 4_000,
  /** The sum of an XLSX workbook's uncompressed parts, read from its directory before inflating. */
  uncompressedBytes: 60 * 1024 * 1024,
  /** Parts in an XLSX workbook. */
  zipEntries: 1_000,
} as const;

/** A file past one of the limits: 413 for its size, 400 for its shape. */
export class ImportLimitError extends Error {
  override name = 'ImportLimitError';
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}
