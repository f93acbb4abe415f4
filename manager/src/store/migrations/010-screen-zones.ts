import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * A screen's zone content (JSON of ZonesSchema; schedule entries keep theirs in their body) and
 * whether it speaks queue calls. Existing screens get no zones and silence.
 */
export const screenZonesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('screens')
      .addColumn('zones', 'text', (c) => c.notNull().defaultTo(sql`'{}'`))
      .execute();
    await db.schema
      .alterTable('screens')
      .addColumn('speak_calls', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
