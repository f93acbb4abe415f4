import { sql } from 'kysely';
import type { Db } from './open-store.js';

/** Tables whose rows keep the order they were created in. */
export type SequencedTable =
  | 'slides'
  | 'procedures'
  | 'hotlines'
  | 'playlists'
  | 'schedule_entries'
  | 'screen_groups'
  | 'screens';

/**
 * The position of a table's next row, from one counter row per table in `settings`: the upsert
 * is atomic on both stores, so writers on several instances never take the same number (which
 * `MAX(seq) + 1` would give them). The counter starts after the rows already stored.
 */
export async function nextSeq(db: Db, table: SequencedTable): Promise<number> {
  // `WHERE true`: SQLite's parser needs it between a SELECT and ON CONFLICT.
  const { rows } = await sql<{ value: string }>`
    INSERT INTO settings (key, value)
    SELECT ${`seq:${table}`}, CAST(COALESCE(MAX(seq), 0) + 1 AS text) FROM ${sql.table(table)}
    WHERE true
    ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(settings.value AS bigint) + 1 AS text)
    RETURNING value
  `.execute(db);
  return Number(rows[0]?.value);
}
