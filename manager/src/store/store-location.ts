import { join, resolve } from 'node:path';
import type { Config } from '../env.js';

/** Where the manager keeps its records: DATABASE_URL, else the SQLite file in DATA_DIR. */
export function storeLocation(config: Pick<Config, 'dataDir' | 'databaseUrl'>): string {
  return config.databaseUrl ?? join(resolve(config.dataDir), 'bang-tin.db');
}
