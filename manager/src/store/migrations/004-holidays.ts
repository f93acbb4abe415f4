import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres } from '../dialect/is-postgres.js';

/**
 * The organisation's holiday calendar, and a holiday mode on every schedule entry: the one its
 * kind gets when created today (playlists skip holidays; urgent notices and screens-off hours
 * ignore them). The calendar starts empty, so no existing screen changes until holidays exist.
 */
export const holidaysMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('holidays')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('date', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    // Rows to carry over exist only in SQLite: a PostgreSQL store starts at the latest schema.
    if (isPostgres(db)) return;
    for (const column of ['body', 'published_body']) {
      const body = sql.ref(column);
      await sql`
        UPDATE schedule_entries SET ${body} = json_set(${body}, '$.holidayMode',
          CASE coalesce(json_extract(${body}, '$.kind'), 'playlist')
            WHEN 'playlist' THEN 'skip' ELSE 'ignore' END)
        WHERE ${body} IS NOT NULL AND json_extract(${body}, '$.holidayMode') IS NULL
      `.execute(db);
    }
  },
};
