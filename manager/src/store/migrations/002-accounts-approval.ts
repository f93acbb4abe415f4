import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres } from '../dialect/is-postgres.js';

const REVIEWED_TABLES = ['slides', 'playlists', 'schedule_entries'];
const REVIEW_COLUMNS = [
  'published_body',
  'submitted_by',
  'submitted_at',
  'reviewed_by',
  'reviewed_at',
  'review_comment',
];

/**
 * Accounts (name, disabled, forced password change, screen groups), a published and a draft
 * version of every reviewed document, and an append-only audit log that also names the address.
 */
export const accountsApprovalMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // A JSON array of screen group ids; empty means every group.
    await db.schema
      .alterTable('users')
      .addColumn('group_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    for (const table of REVIEWED_TABLES) {
      await db.schema
        .alterTable(table)
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
        .execute();
      for (const column of REVIEW_COLUMNS) {
        await db.schema.alterTable(table).addColumn(column, 'text').execute();
      }
      // Everything stored so far is on screens already.
      await sql`UPDATE ${sql.table(table)} SET published_body = body`.execute(db);
    }

    await db.schema.alterTable('audit_log').addColumn('address', 'text').execute();
    await db.schema.alterTable('audit_log').addColumn('login', 'text').execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
    if (isPostgres(db)) {
      await appendOnlyOnPostgres(db);
      return;
    }
    for (const event of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${event.toLowerCase()} BEFORE ${event} ON audit_log ` +
            `BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
        )
        .execute(db);
    }
  },
};

/** The same refusal in PostgreSQL's terms: a trigger calls a function. */
async function appendOnlyOnPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
  `.execute(db);
  for (const event of ['UPDATE', 'DELETE']) {
    await sql
      .raw(
        `CREATE TRIGGER audit_log_no_${event.toLowerCase()} BEFORE ${event} ON audit_log ` +
          'FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()',
      )
      .execute(db);
  }
}
