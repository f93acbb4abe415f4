import {
  ColumnMappingSchema,
  PROCEDURE_IMPORT_FIELDS,
  ProcedureSchema,
  SOURCE_ENCODINGS,
} from '@bangtin/shared';
import { z } from 'zod';
import { IMPORT_LIMITS } from '../../../procedures/import-limits.js';

const flag = z.enum(['true', 'false']);

export const ImportQuerySchema = z.object({
  dryRun: flag.default('true'),
  /** Only a file the admin calls the complete list removes procedures it lacks. */
  complete: flag.default('false'),
  /** Cells that look like placeholders: refuse to apply, import them empty, or keep them. */
  placeholders: z.enum(['refuse', 'blank', 'keep']).default('refuse'),
  /** JSON array: the field each column fills, by position (see ColumnMappingSchema). */
  mapping: z.string().max(4000).optional(),
  offset: z.coerce.number().int().min(0).max(IMPORT_LIMITS.rows).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** The `mapping` query parameter, read as JSON; undefined when the parse failed. */
export function parseMappingParam(text: string): z.infer<typeof ColumnMappingSchema> | undefined {
  try {
    const parsed = ColumnMappingSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const IncomingSchema = ProcedureSchema.omit({ id: true });
const count = z.number().int();
const field = z.enum(PROCEDURE_IMPORT_FIELDS);

export const ImportResultSchema = z.object({
  applied: z.boolean(),
  complete: z.boolean(),
  /** How the file's text was encoded (`xlsx` for a workbook). */
  encoding: z.enum(SOURCE_ENCODINGS),
  /** The header row, and the field each column fills (`null`: left out). */
  columns: z.array(z.object({ header: z.string(), field: z.nullable(field) })),
  /** Headers of the columns that are left out. */
  ignoredColumns: z.array(z.string()),
  /** The whole file's figures; the lists below are one page of each. */
  counts: z.object({
    added: count,
    changed: count,
    removed: count,
    unchanged: count,
    errors: count,
    placeholders: count,
  }),
  page: z.object({ offset: count, limit: count }),
  added: z.array(IncomingSchema),
  changed: z.array(z.object({ before: ProcedureSchema, after: IncomingSchema })),
  removed: z.array(ProcedureSchema),
  unchanged: count,
  errors: z.array(z.object({ line: count, message: z.string() })),
  placeholders: z.array(z.object({ line: count, field, value: z.string() })),
});
