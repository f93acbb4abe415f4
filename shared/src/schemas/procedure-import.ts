import { z } from '#zod';
import { ProcedureInputSchema, ProcedureSchema } from './procedure.js';

/** A procedure as read from an imported file: it has no id until it is stored. */
export const ImportedProcedureSchema = ProcedureInputSchema;
export type ImportedProcedure = z.infer<typeof ImportedProcedureSchema>;

/** One row the server could not read, by its line in the file. */
export const ImportRowErrorSchema = z.object({ line: z.int(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

/**
 * `POST /api/procedures/import`: what the file would change (or changed), counted in full, with
 * one page of each list.
 */
export const ProcedureImportResultSchema = z.object({
  applied: z.boolean(),
  /** The whole file's figures; the lists below are one page of each. */
  counts: z.object({
    added: z.int(),
    changed: z.int(),
    removed: z.int(),
    unchanged: z.int(),
    errors: z.int(),
  }),
  page: z.object({ offset: z.int(), limit: z.int() }),
  added: z.array(ImportedProcedureSchema),
  changed: z.array(z.object({ before: ProcedureSchema, after: ImportedProcedureSchema })),
  removed: z.array(ProcedureSchema),
  unchanged: z.int(),
  errors: z.array(ImportRowErrorSchema),
});
export type ProcedureImportResult = z.infer<typeof ProcedureImportResultSchema>;
