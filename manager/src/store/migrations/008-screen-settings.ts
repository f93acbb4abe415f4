import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** A screen's own ticker speed and crossfade; null follows the agency setting. */
export const screenSettingsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('screens').addColumn('ticker_chars_per_second', 'real').execute();
    await db.schema.alterTable('screens').addColumn('crossfade', 'integer').execute();
  },
};
