import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema.js';

/** The embedded store: one file (WAL), or `:memory:` for tests. */
export function createSqliteDb(filename: string): Kysely<Database> {
  const sqlite = new SqliteDatabase(filename);
  if (filename !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Copies a live SQLite store into `file` with SQLite's online backup (writers carry on). */
export async function backupSqlite(filename: string, file: string): Promise<void> {
  const sqlite = new SqliteDatabase(filename, { readonly: true, fileMustExist: true });
  try {
    await sqlite.backup(file);
  } finally {
    sqlite.close();
  }
}
