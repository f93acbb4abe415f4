import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** A video's length in milliseconds, measured when it is uploaded; null for older files. */
export const mediaDurationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('media').addColumn('duration_ms', 'integer').execute();
  },
};
