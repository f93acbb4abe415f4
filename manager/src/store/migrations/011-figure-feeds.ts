import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Figures slides' sources and what reading them gave. Kept beside the slide, not in it: the
 * values change on the manager's schedule, without an editor's draft or an approval.
 */
export const figureFeedsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('figure_feeds')
      .addColumn('slide_id', 'text', (c) => c.primaryKey())
      /** JSON: the source as the admin set it (FigureSourceInputSchema). */
      .addColumn('source', 'text', (c) => c.notNull())
      /** JSON array of the last good read's values by figure; null before any. */
      .addColumn('figure_values', 'text')
      .addColumn('fetched_at', 'text')
      .addColumn('attempted_at', 'text')
      .addColumn('error', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
