import { randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { inject } from 'vitest';
import { openStore, type Store } from '../../manager/src/store/open-store.js';

/** The store a test gets: SQLite in memory, or PostgreSQL in the `postgres` vitest project. */
export const TEST_STORE = process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

// Migrating a PostgreSQL schema takes a second or two; emptying one, a few dozen milliseconds.
// So a test file keeps the schemas it opened and empties one for each new store.
const idle: Store[] = [];

/** A fresh, empty, migrated store; close() hands it back. */
export async function openTestStore(): Promise<Store> {
  if (TEST_STORE === 'sqlite') return openStore(':memory:');
  const store = idle.pop() ?? (await openPostgresSchema());
  await emptyStore(store);
  return { ...store, close: async () => void idle.push(store) };
}

/** The run's throw-away PostgreSQL database (the `postgres` project only). */
export function postgresTestUrl(): string {
  const url = inject('postgresUrl');
  if (!url) throw new Error('the postgres project runs with TEST_DATABASE_URL set');
  return url;
}

/** A name for a schema or database of one test's own. */
export const uniqueName = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '')}`;

/** Schemas opened by this file so far. */
let schemas = 0;

/** The files a worker runs one after another reuse its schemas, migrated by the first. */
const openPostgresSchema = () =>
  openStore(postgresTestUrl(), {
    schema: `t_w${process.env.VITEST_POOL_ID ?? '0'}_${schemas++}`,
    max: 4,
  });

const emptying = new WeakMap<Store, RawBuilder<unknown>>();

/** Deletes every row; the audit log, append-only by trigger, is truncated instead. */
async function emptyStore(store: Store): Promise<void> {
  let statement = emptying.get(store);
  if (!statement) {
    const tables = (await store.db.introspection.getTables()).map((table) => table.name);
    const statements = tables.map((name) =>
      name === 'audit_log'
        ? sql`truncate ${sql.table(name)};`
        : sql`delete from ${sql.table(name)};`,
    );
    statement = sql.join(statements, sql` `);
    emptying.set(store, statement);
  }
  await statement.execute(store.db);
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | undefined;
  }
}
