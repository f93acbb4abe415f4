import { join, resolve } from 'node:path';

/** Where the manager keeps its records: DATABASE_URL, else the SQLite file in DATA_DIR. */
export function storeLocation(config: { dataDir: string; databaseUrl: string | null }): string {
  return config.databaseUrl ?? join(resolve(config.dataDir), 'bang-tin.db');
}
