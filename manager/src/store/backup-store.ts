import { dumpPostgres } from './dialect/postgres-dump.js';
import { backupSqlite } from './dialect/sqlite.js';
import { isPostgresUrl } from './open-store.js';

/** The file name ending a backup of this store takes. */
export const backupExtension = (location: string) => (isPostgresUrl(location) ? '.dump' : '.db');

/**
 * Copies a live store into `file` while the manager keeps running: SQLite's online backup (the
 * copy is itself a store file), or pg_dump's custom format for PostgreSQL (read by pg_restore).
 */
export async function backupStore(location: string, file: string): Promise<void> {
  if (isPostgresUrl(location)) await dumpPostgres(location, file);
  else await backupSqlite(location, file);
}
