import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Device tokens by screen: listing screens asks whether each has a live token. Without the
 * index, PostgreSQL's estimate for ten thousand screens crosses its JIT threshold and the query
 * spends most of a second compiling itself.
 */
export const deviceTokenScreenIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('device_tokens_screen_id')
      .on('device_tokens')
      .column('screen_id')
      .execute();
  },
};
