import { sql, type TableMetadata } from 'kysely';
import { currentSchema } from '../migrate.js';
import type { Store } from '../open-store.js';

/**
 * Tables others refer to, in an order that satisfies their foreign keys; every other table comes
 * after them. A new table that other tables reference belongs in this list.
 */
const REFERENCED_FIRST = ['users', 'screen_groups', 'screens', 'incidents'];

/** Kept by triggers as rows arrive: an import moves the store's own (migration 015). */
const KEPT_BY_TRIGGERS = ['change_marks'];

/**
 * The store's own tables (not the migrator's, nor another schema's in the same PostgreSQL
 * database, nor those its triggers keep), referenced ones first, then by name.
 */
export async function storeTables(store: Store): Promise<TableMetadata[]> {
  const schema = store.dialect === 'postgres' ? await currentSchema(store.db) : undefined;
  const tables = (await store.db.introspection.getTables()).filter(
    (t) => !t.isView && t.schema === schema && !KEPT_BY_TRIGGERS.includes(t.name),
  );
  const rank = (name: string) => {
    const index = REFERENCED_FIRST.indexOf(name);
    return index === -1 ? REFERENCED_FIRST.length : index;
  };
  return tables.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** The names of the migrations a store has run, in order: an import needs the same. */
export async function appliedMigrations(store: Store): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM kysely_migration ORDER BY name
  `.execute(store.db);
  return rows.map((row) => row.name);
}
