import type { Kysely, Transaction } from 'kysely';
import { createPostgresDb, type PostgresOptions } from './dialect/postgres.js';
import { createSqliteDb } from './dialect/sqlite.js';
import type { StoreDialect } from './dialect/store-dialect.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

/** The query layer; repositories take either the store's `db` or a transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  close(): Promise<void>;
}

/** Whether a store location names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

/**
 * Opens (creating if needed) and migrates a store: a PostgreSQL database for a postgres:// URL,
 * otherwise a SQLite file (`:memory:` for tests).
 */
export async function openStore(location: string, options: PostgresOptions = {}): Promise<Store> {
  const dialect: StoreDialect = isPostgresUrl(location) ? 'postgres' : 'sqlite';
  const db =
    dialect === 'postgres' ? await createPostgresDb(location, options) : createSqliteDb(location);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, close: () => db.destroy() };
}
