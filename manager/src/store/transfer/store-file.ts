import { z } from 'zod';

/** What a store file begins with: one JSON line, then one line per batch of a table's rows. */
export const StoreFileHeaderSchema = z.object({
  format: z.literal('bang-tin-store'),
  version: z.literal(1),
  /** The migrations the exported store had run: the importing store must have run the same. */
  migrations: z.array(z.string()),
  exportedAt: z.string(),
  from: z.enum(['sqlite', 'postgres']),
});
export type StoreFileHeader = z.infer<typeof StoreFileHeaderSchema>;

export const StoreFileBatchSchema = z.object({
  table: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});
export type StoreFileBatch = z.infer<typeof StoreFileBatchSchema>;

/** Rows in one line of the file (and one insert's worth when read back). */
export const ROWS_PER_BATCH = 500;
