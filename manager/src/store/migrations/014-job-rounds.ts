import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * When each periodic job shared by instances is next due: the instance whose turn finds it due
 * runs it and moves it on, the others skip that round (`run-on-one-instance.ts`).
 */
export const jobRoundsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('job_rounds')
      .addColumn('job', 'text', (c) => c.primaryKey())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .execute();
  },
};
