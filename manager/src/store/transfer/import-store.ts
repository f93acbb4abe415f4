import { sql, type TableMetadata } from 'kysely';
import { isPostgres } from '../dialect/is-postgres.js';
import type { StoreDialect } from '../dialect/store-dialect.js';
import type { Db, Store } from '../open-store.js';
import { encodePlayId } from '../play-id.js';
import { type StoreFileBatch, StoreFileBatchSchema, StoreFileHeaderSchema } from './store-file.js';
import { appliedMigrations, storeTables } from './store-tables.js';

/** Why an import was refused; nothing was written. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

/**
 * Reads a store file into an empty store at the same migration, in one transaction: either every
 * row arrives or none does.
 */
export async function importStore(
  store: Store,
  lines: AsyncIterable<string>,
): Promise<{ tables: number; rows: number }> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = StoreFileHeaderSchema.safeParse(first.done ? null : JSON.parse(first.value));
  if (!header.success) throw new ImportRefused('not a Bảng tin store file');
  const migrations = await appliedMigrations(store);
  if (header.data.migrations.join() !== migrations.join()) {
    throw new ImportRefused(
      `the file was exported at migration ${header.data.migrations.at(-1)}, this store is at ` +
        `${migrations.at(-1)}: update the older manager and export again`,
    );
  }
  const tables = new Map((await storeTables(store)).map((table) => [table.name, table]));
  for (const name of tables.keys()) {
    const row = await sql`SELECT 1 AS one FROM ${sql.table(name)} LIMIT 1`.execute(store.db);
    if (row.rows.length > 0) throw new ImportRefused(`the store is not empty (${name} has rows)`);
  }

  const seen = new Set<string>();
  let rows = 0;
  await store.db.transaction().execute(async (trx) => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === '') continue;
      const batch = StoreFileBatchSchema.parse(JSON.parse(next.value));
      const table = tables.get(batch.table);
      if (!table) throw new ImportRefused(`unknown table ${batch.table}`);
      seen.add(batch.table);
      await insertBatch(trx, table, store.dialect, batch);
      rows += batch.rows.length;
    }
    // Rows came with their ids: the identity columns must carry on after the largest one.
    if (isPostgres(trx)) {
      for (const table of tables.values()) {
        for (const column of table.columns.filter((c) => c.isAutoIncrementing)) {
          await sql`
            SELECT setval(pg_get_serial_sequence(${table.name}, ${column.name}),
              COALESCE((SELECT MAX(${sql.ref(column.name)}) FROM ${sql.table(table.name)}), 0) + 1,
              false)
          `.execute(trx);
        }
      }
    }
  });
  return { tables: seen.size, rows };
}

/** Stays under SQLite's 32,766 bound parameters per statement (PostgreSQL allows 65,535). */
const MAX_PARAMETERS = 30_000;

async function insertBatch(
  db: Db,
  table: TableMetadata,
  dialect: StoreDialect,
  batch: StoreFileBatch,
): Promise<void> {
  const rows: Record<string, string | number | Buffer | null>[] =
    batch.table === 'play_log'
      ? batch.rows.map((row) => ({ ...row, id: encodePlayId(String(row.id), dialect) }))
      : batch.rows;
  const columns = Object.keys(rows[0] ?? {});
  const known = new Set(table.columns.map((column) => column.name));
  const unknown = columns.find((column) => !known.has(column));
  if (unknown) throw new ImportRefused(`unknown column ${table.name}.${unknown}`);
  const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length)));
  for (let start = 0; start < rows.length; start += perInsert) {
    const values = rows
      .slice(start, start + perInsert)
      .map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`);
    await sql`
      INSERT INTO ${sql.table(table.name)} (${sql.join(columns.map((column) => sql.ref(column)))})
      VALUES ${sql.join(values)}
    `.execute(db);
  }
}
