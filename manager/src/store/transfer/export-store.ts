import { sql } from 'kysely';
import type { Store } from '../open-store.js';
import { decodePlayId } from '../play-id.js';
import { ROWS_PER_BATCH, type StoreFileBatch, type StoreFileHeader } from './store-file.js';
import { appliedMigrations, storeTables } from './store-tables.js';

type Row = StoreFileBatch['rows'][number];

/**
 * Writes every row of a store as JSON lines (see store-file.ts), in the same form from either
 * dialect: play ids as the players' ids, not either store's bytes.
 */
export async function exportStore(
  store: Store,
  write: (line: string) => void | Promise<void>,
  now = new Date(),
): Promise<{ tables: number; rows: number }> {
  const header: StoreFileHeader = {
    format: 'bang-tin-store',
    version: 1,
    migrations: await appliedMigrations(store),
    exportedAt: now.toISOString(),
    from: store.dialect,
  };
  await write(JSON.stringify(header));
  const tables = await storeTables(store);
  let total = 0;
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT * FROM ${sql.table(table.name)}
    `.execute(store.db);
    for (let start = 0; start < rows.length; start += ROWS_PER_BATCH) {
      const batch: StoreFileBatch = {
        table: table.name,
        rows: rows.slice(start, start + ROWS_PER_BATCH).map((row) => portableRow(table.name, row)),
      };
      await write(JSON.stringify(batch));
    }
    total += rows.length;
  }
  return { tables: tables.length, rows: total };
}

function portableRow(table: string, row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (table === 'play_log' && column === 'id') out[column] = decodePlayId(value as Buffer);
    else if (value === null || typeof value === 'string' || typeof value === 'number')
      out[column] = value;
    else throw new Error(`${table}.${column}: a ${typeof value} the store file cannot carry`);
  }
  return out;
}
