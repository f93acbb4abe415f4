import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

/** The query layer; repositories take either the store's `db` or a transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

export interface Store {
  db: Kysely<Database>;
  close(): Promise<void>;
}

/** Opens (creating if needed) and migrates the SQLite store; `:memory:` for tests. */
export async function openStore(filename: string): Promise<Store> {
  const sqlite = new SqliteDatabase(filename);
  if (filename !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, close: () => db.destroy() };
}
