import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Each screen's manifest revision (only grows, see manifest-revisions.ts), the tokens of deleted
 * screens (so that their players hear "revoked", not a bare 401), and whether a play was stamped
 * by a clock the player trusted.
 */
export const trustMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('manifest_revisions')
      .addColumn('screen_id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('revoked_device_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('revoked_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .alterTable('play_log')
      .addColumn('clock_trusted', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  },
};
