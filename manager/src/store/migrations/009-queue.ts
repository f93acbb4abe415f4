import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Integration keys (queue systems' bearer tokens, stored hashed) and the numbers called to
 * counters. Calls stay one small row each: screens only ever read today's, reports count the rest.
 */
export const queueMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('integration_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      /** JSON array of counter ids; empty: every counter. */
      .addColumn('counters', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('revoked_at', 'text')
      .addColumn('last_used_at', 'text')
      .execute();
    await db.schema
      .createTable('queue_calls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      /** The service center's local date (YYYY-MM-DD) and hour (0–23) of the call. */
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('counter', 'text', (c) => c.notNull())
      .addColumn('service', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('called_at', 'text', (c) => c.notNull())
      .addColumn('key_id', 'text')
      .addColumn('user_id', 'text')
      .execute();
    await db.schema
      .createIndex('queue_calls_day')
      .on('queue_calls')
      .columns(['day', 'called_at'])
      .execute();
  },
};
