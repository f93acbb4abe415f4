import { PROCEDURE_IMPORT_FIELDS, type ProcedureImportField } from '@bangtin/shared';
import { z } from 'zod';
import type { Db } from './open-store.js';

/** The field each header (folded) was last mapped to; null: ignored. */
export type RememberedColumns = Record<string, ProcedureImportField | null>;

const KEY = 'procedure-import-columns';
/** Enough for a few provinces' ways of naming a dozen columns. */
const MAX_REMEMBERED = 300;

const RememberedSchema = z.record(z.string(), z.nullable(z.enum(PROCEDURE_IMPORT_FIELDS)));

/** The column mapping last used for a procedure import, by folded header (a settings row). */
export const importColumnsRepository = {
  async get(db: Db): Promise<RememberedColumns> {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirst();
    if (!row) return {};
    const parsed = RememberedSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : {};
  },
  async put(db: Db, columns: RememberedColumns): Promise<void> {
    // The newest headers are last: older ones go first when the record grows too long.
    const value = JSON.stringify(
      Object.fromEntries(Object.entries(columns).slice(-MAX_REMEMBERED)),
    );
    await db
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  },
};
