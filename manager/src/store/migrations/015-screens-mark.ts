import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres } from '../dialect/is-postgres.js';

/**
 * The columns of `screens` a `Screen` is read from, besides those heartbeats write
 * (`last_seen_at`, `reported_version`, `status`) and the timestamps: a write to one of these is a
 * change to the screens.
 */
const SCREEN_CONTENT_COLUMNS = [
  'id',
  'seq',
  'name',
  'location',
  'orientation',
  'layout',
  'time_zone',
  'default_playlist_id',
  'ticker_chars_per_second',
  'crossfade',
  'zones',
  'speak_calls',
];

/**
 * A mark that moves, by trigger, with every write to what the screens are read from: their
 * content columns, their groups, their device tokens (whether they are paired). Every instance
 * re-reads ten thousand screens after each publish otherwise, though a publish rarely touches
 * them (`screens-memo.ts`). Triggers see every write path, cascades and other instances
 * included; heartbeats, which write a screen's contact columns many times a minute, do not
 * move it. The mark is random rather than counted, so a restored backup never repeats one.
 */
export const screensMarkMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('change_marks')
      .addColumn('subject', 'text', (c) => c.primaryKey())
      .addColumn('mark', 'text', (c) => c.notNull())
      .execute();
    if (isPostgres(db)) await postgresTriggers(db);
    else await sqliteTriggers(db);
  },
};

/** The tables a `Screen` is read from; of their updates, those of these columns move the mark. */
const WATCHED = [
  { table: 'screens', columns: SCREEN_CONTENT_COLUMNS },
  { table: 'screen_group_members', columns: ['screen_id', 'group_id', 'position'] },
  { table: 'device_tokens', columns: ['screen_id', 'revoked_at'] },
];

/**
 * SQLite's triggers run once a row: a bulk write moves the mark once a row, which costs little.
 * The same statement sets the first mark.
 */
async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const move =
    "INSERT INTO change_marks (subject, mark) VALUES ('screens', lower(hex(randomblob(16)))) " +
    'ON CONFLICT (subject) DO UPDATE SET mark = excluded.mark;';
  await sql.raw(move).execute(db);
  for (const { table, columns } of WATCHED) {
    for (const [name, event] of [
      ['insert', 'INSERT'],
      ['delete', 'DELETE'],
      ['update', `UPDATE OF ${columns.join(', ')}`],
    ]) {
      await sql
        .raw(`CREATE TRIGGER ${table}_mark_${name} AFTER ${event} ON ${table} BEGIN ${move} END`)
        .execute(db);
    }
  }
}

/** PostgreSQL's run once a statement (a statement that changed no row moves it too). */
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION move_screens_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO change_marks (subject, mark) VALUES ('screens', gen_random_uuid()::text)
        ON CONFLICT (subject) DO UPDATE SET mark = excluded.mark;
      RETURN NULL;
    END $$
  `.execute(db);
  for (const { table, columns } of WATCHED) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_mark AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF ` +
          `${columns.join(', ')} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION move_screens_mark()`,
      )
      .execute(db);
  }
  await sql`
    INSERT INTO change_marks (subject, mark) VALUES ('screens', gen_random_uuid()::text)
  `.execute(db);
}
