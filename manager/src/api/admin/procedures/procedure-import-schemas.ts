import { ColumnMappingSchema } from '@bangtin/shared';
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
