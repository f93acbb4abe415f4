import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * What each screen was sent (manifest versions with the slides they held and how long each may
 * play), so that proof of play can be checked against it; and plays refused, counted per screen.
 */
export const playChecksMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('served_versions')
      .addColumn('screen_id', 'text', (c) =>
        c.notNull().references('screens.id').onDelete('cascade'),
      )
      .addColumn('version', 'text', (c) => c.notNull())
      /** JSON: slide id → the longest it may play, in ms. */
      .addColumn('slides', 'text', (c) => c.notNull())
      .addColumn('first_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('served_versions_pk', ['screen_id', 'version'])
      .execute();
    await db.schema
      .createTable('rejected_plays')
      .addColumn('screen_id', 'text', (c) =>
        c.primaryKey().references('screens.id').onDelete('cascade'),
      )
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('last_at', 'text', (c) => c.notNull())
      .addColumn('last_reason', 'text', (c) => c.notNull())
      .execute();
  },
};
