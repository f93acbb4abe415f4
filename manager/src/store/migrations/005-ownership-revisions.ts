import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// Spelled out, not imported: a migration must not change when the code does.
const OWNED_TABLES = ['slides', 'playlists', 'media', 'hotlines', 'procedures'];
const REVIEWED_TABLES = ['slides', 'playlists', 'schedule_entries'];

/**
 * The screen group that owns each piece of content (null: shared by the whole organisation, as
 * everything stored before is), and a revision number per reviewed draft that approvals name.
 */
export const ownershipRevisionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of OWNED_TABLES) {
      await db.schema.alterTable(table).addColumn('owner_group_id', 'text').execute();
    }
    for (const table of REVIEWED_TABLES) {
      await db.schema
        .alterTable(table)
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await sql`UPDATE ${sql.table(table)} SET revision = 1`.execute(db);
    }
  },
};
