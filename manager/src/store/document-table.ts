import type { z } from 'zod';
import { nextSeq } from './next-seq.js';
import type { Db } from './open-store.js';

/** Tables without review: what they hold is published as soon as it is written. */
export type DocumentTableName = 'procedures' | 'hotlines';

/** One stored document: the validated value plus the row's identity and creation time. */
export interface StoredDocument<T> {
  id: string;
  createdAt: string;
  value: T;
}

/** Typed access to a table holding one JSON document per row, listed in insertion order. */
export interface DocumentTable<T> {
  list(db: Db): Promise<StoredDocument<T>[]>;
  get(db: Db, id: string): Promise<StoredDocument<T> | undefined>;
  insert(db: Db, id: string, value: T, now: string): Promise<StoredDocument<T>>;
  /** Replaces the value, keeping id, order and creation time; false when the id is unknown. */
  replace(db: Db, id: string, value: T, now: string): Promise<StoredDocument<T> | undefined>;
  remove(db: Db, id: string): Promise<boolean>;
}

/**
 * Values are re-parsed with the schema on read so that documents written before a schema
 * gained a defaulted field come back complete.
 */
export function documentTable<S extends z.ZodType>(
  table: DocumentTableName,
  schema: S,
): DocumentTable<z.output<S>> {
  type T = z.output<S>;
  const toDocument = (row: { id: string; created_at: string; body: string }) => ({
    id: row.id,
    createdAt: row.created_at,
    value: schema.parse(JSON.parse(row.body)) as T,
  });
  const get = async (db: Db, id: string) => {
    const row = await db
      .selectFrom(table)
      .select(['id', 'created_at', 'body'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toDocument(row) : undefined;
  };
  return {
    async list(db) {
      const rows = await db
        .selectFrom(table)
        .select(['id', 'created_at', 'body'])
        .orderBy('seq')
        .execute();
      return rows.map(toDocument);
    },
    get,
    async insert(db, id, value, now) {
      await db
        .insertInto(table)
        .values({
          id,
          seq: await nextSeq(db, table),
          body: JSON.stringify(value),
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { id, createdAt: now, value };
    },
    async replace(db, id, value, now) {
      const result = await db
        .updateTable(table)
        .set({ body: JSON.stringify(value), updated_at: now })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? get(db, id) : undefined;
    },
    async remove(db, id) {
      const result = await db.deleteFrom(table).where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
