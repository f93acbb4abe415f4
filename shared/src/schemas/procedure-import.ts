import { z } from '#zod';

/** The procedure fields a column of an imported file can fill. */
export const PROCEDURE_IMPORT_FIELDS = [
  'code',
  'name',
  'field',
  'agency',
  'level',
  'onlineLevel',
  'timeLimit',
  'fees',
  'portalUrl',
] as const;
export type ProcedureImportField = (typeof PROCEDURE_IMPORT_FIELDS)[number];

/**
 * Which field each column of the file fills, by the column's position; `null` leaves the column
 * out. A field may be filled by one column only.
 */
export const ColumnMappingSchema = z
  .array(z.nullable(z.enum(PROCEDURE_IMPORT_FIELDS)))
  .check(z.maxLength(50), z.refine(hasNoRepeat, 'a field is chosen for two columns'));
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** How the text of a CSV file was encoded, as the importer found it. */
export const SOURCE_ENCODINGS = [
  'xlsx',
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1258',
] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

function hasNoRepeat(fields: ReadonlyArray<string | null>): boolean {
  const named = fields.filter((field) => field !== null);
  return new Set(named).size === named.length;
}
