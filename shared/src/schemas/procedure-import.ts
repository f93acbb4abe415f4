import { z } from '#zod';
import { ProcedureInputSchema, ProcedureSchema } from './procedure.js';

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

/** A procedure as read from an imported file: it has no id until it is stored. */
export const ImportedProcedureSchema = ProcedureInputSchema;
export type ImportedProcedure = z.infer<typeof ImportedProcedureSchema>;

/** One row the server could not read, by its line in the file. */
export const ImportRowErrorSchema = z.object({ line: z.int(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

/** A cell that looks like a value nobody filled in yet. */
export const ImportPlaceholderSchema = z.object({
  line: z.int(),
  field: z.enum(PROCEDURE_IMPORT_FIELDS),
  value: z.string(),
});
export type ImportPlaceholder = z.infer<typeof ImportPlaceholderSchema>;

/**
 * `POST /api/procedures/import`: what the file would change (or changed), counted in full, with
 * one page of each list, and how the file was read.
 */
export const ProcedureImportResultSchema = z.object({
  applied: z.boolean(),
  complete: z.boolean(),
  /** How the file's text was encoded (`xlsx` for a workbook). */
  encoding: z.enum(SOURCE_ENCODINGS),
  /** The header row, and the field each column fills (`null`: left out). */
  columns: z.array(
    z.object({ header: z.string(), field: z.nullable(z.enum(PROCEDURE_IMPORT_FIELDS)) }),
  ),
  /** Headers of the columns that are left out. */
  ignoredColumns: z.array(z.string()),
  /** The whole file's figures; the lists below are one page of each. */
  counts: z.object({
    added: z.int(),
    changed: z.int(),
    removed: z.int(),
    unchanged: z.int(),
    errors: z.int(),
    placeholders: z.int(),
  }),
  page: z.object({ offset: z.int(), limit: z.int() }),
  added: z.array(ImportedProcedureSchema),
  changed: z.array(z.object({ before: ProcedureSchema, after: ImportedProcedureSchema })),
  removed: z.array(ProcedureSchema),
  unchanged: z.int(),
  errors: z.array(ImportRowErrorSchema),
  placeholders: z.array(ImportPlaceholderSchema),
});
export type ProcedureImportResult = z.infer<typeof ProcedureImportResultSchema>;

/** A 415's details when the file is typed in a pre-Unicode Vietnamese font encoding. */
export const LegacyFontRefusalSchema = z.object({
  reason: z.literal('legacy_font'),
  font: z.enum(['tcvn3', 'vni']),
});
export type LegacyFontRefusal = z.infer<typeof LegacyFontRefusalSchema>;
