import { zoneCalendar } from '@bangtin/shared';
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres } from '../dialect/is-postgres.js';
import { encodePlayId } from '../play-id.js';

interface LegacyPlay {
  id: string;
  screen_id: string;
  slide_id: string;
  playlist_id: string | null;
  manifest_version: string;
  started_at: string;
  duration_ms: number;
  received_at: string;
  time_zone: string | null;
}

/**
 * Proof of play in compact form, a daily roll-up for reports, screen state history, incidents
 * with their alert deliveries, and device commands with acknowledgements.
 */
export const monitoringMigration: Migration = {
  async up(db: Kysely<unknown>) {
    // Ids repeated on every play (screen, slide, playlist, manifest version) are stored once.
    await db.schema
      .createTable('play_refs')
      .addColumn('key', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('tags', 'text')
      .addUniqueConstraint('play_refs_kind_ref', ['kind', 'ref'])
      .execute();

    // Keyed by the player's id (deduplication), with no other index: reports read play_days.
    await db.schema
      .createTable('play_log')
      .addColumn('id', 'blob', (c) => c.primaryKey())
      .addColumn('screen_key', 'integer', (c) => c.notNull())
      .addColumn('slide_key', 'integer', (c) => c.notNull())
      .addColumn('playlist_key', 'integer', (c) => c.notNull())
      .addColumn('version_key', 'integer', (c) => c.notNull())
      .addColumn('started_ms', 'integer', (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('received_s', 'integer', (c) => c.notNull())
      .$call((table) => (isPostgres(db) ? table : table.modifyEnd(sql`without rowid`)))
      .execute();

    // Plays and time on screen per local day, screen, slide and playlist (0: none).
    await db.schema
      .createTable('play_days')
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('screen_key', 'integer', (c) => c.notNull())
      .addColumn('slide_key', 'integer', (c) => c.notNull())
      .addColumn('playlist_key', 'integer', (c) => c.notNull())
      .addColumn('plays', 'integer', (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('play_days_pk', ['day', 'screen_key', 'slide_key', 'playlist_key'])
      .$call((table) => (isPostgres(db) ? table : table.modifyEnd(sql`without rowid`)))
      .execute();

    await copyLegacyPlays(db);
    await db.schema.dropTable('plays').execute();
    // The old shape, read-only, for tools that count a screen's plays; built on SQLite's own
    // functions, so a PostgreSQL store (which never held the old table) goes without it.
    if (!isPostgres(db)) await createLegacyPlaysView(db);

    await db.schema
      .createTable('screen_states')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('screen_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('flags', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('screen_states_screen_at')
      .on('screen_states')
      .columns(['screen_id', 'at'])
      .execute();

    await db.schema
      .createTable('incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('screen_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('resolved_at', 'text')
      .execute();
    await db.schema
      .createIndex('incidents_screen')
      .on('incidents')
      .columns(['screen_id', 'resolved_at'])
      .execute();

    await db.schema
      .createTable('incident_deliveries')
      .addColumn('incident_id', 'text', (c) =>
        c.notNull().references('incidents.id').onDelete('cascade'),
      )
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addPrimaryKeyConstraint('incident_deliveries_pk', ['incident_id', 'event', 'channel'])
      .execute();

    await db.schema
      .createTable('device_commands')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('screen_id', 'text', (c) => c.notNull())
      .addColumn('command', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('sent_by', 'text')
      .addColumn('acked_at', 'text')
      .addColumn('ack_status', 'text')
      .addColumn('ack_message', 'text')
      .execute();
    await db.schema
      .createIndex('device_commands_screen_sent')
      .on('device_commands')
      .columns(['screen_id', 'sent_at'])
      .execute();
  },
};

/** The wide table of migration 001 as a view over the compact ones. */
async function createLegacyPlaysView(db: Kysely<unknown>): Promise<void> {
  await sql`
      CREATE VIEW plays AS
      SELECT
        CASE WHEN typeof(l.id) = 'blob' THEN lower(
          substr(hex(l.id), 1, 8) || '-' || substr(hex(l.id), 9, 4) || '-' ||
          substr(hex(l.id), 13, 4) || '-' || substr(hex(l.id), 17, 4) || '-' ||
          substr(hex(l.id), 21)) ELSE l.id END AS id,
        s.ref AS screen_id,
        sl.ref AS slide_id,
        pl.ref AS playlist_id,
        v.ref AS manifest_version,
        strftime('%Y-%m-%dT%H:%M:%fZ', l.started_ms / 1000.0, 'unixepoch') AS started_at,
        l.duration_ms AS duration_ms,
        strftime('%Y-%m-%dT%H:%M:%SZ', l.received_s, 'unixepoch') AS received_at
      FROM play_log l
      JOIN play_refs s ON s.key = l.screen_key
      JOIN play_refs sl ON sl.key = l.slide_key
      LEFT JOIN play_refs pl ON pl.key = l.playlist_key
      JOIN play_refs v ON v.key = l.version_key
  `.execute(db);
}

/** Moves plays stored in the first schema's wide table into the compact tables. */
async function copyLegacyPlays(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<LegacyPlay>`
    SELECT p.*, s.time_zone FROM plays p LEFT JOIN screens s ON s.id = p.screen_id
  `.execute(db);
  const keys = new Map<string, number>();
  const keyOf = async (kind: string, ref: string | null) => {
    if (ref === null) return 0;
    const name = `${kind}:${ref}`;
    let key = keys.get(name);
    if (key === undefined) {
      const inserted = await sql<{ key: number }>`
        INSERT INTO play_refs (kind, ref) VALUES (${kind}, ${ref}) RETURNING key
      `.execute(db);
      key = inserted.rows[0]?.key ?? 0;
      keys.set(name, key);
    }
    return key;
  };
  for (const row of rows) {
    const screenKey = await keyOf('screen', row.screen_id);
    const slideKey = await keyOf('slide', row.slide_id);
    const playlistKey = await keyOf('playlist', row.playlist_id);
    const startedMs = Date.parse(row.started_at);
    const day = zoneCalendar(row.time_zone ?? 'Asia/Ho_Chi_Minh').dayOf(startedMs);
    await sql`
      INSERT INTO play_log VALUES (${encodePlayId(row.id)}, ${screenKey}, ${slideKey},
        ${playlistKey}, ${await keyOf('version', row.manifest_version)}, ${startedMs},
        ${row.duration_ms}, ${Math.floor(Date.parse(row.received_at) / 1000)})
    `.execute(db);
    await sql`
      INSERT INTO play_days VALUES (${day}, ${screenKey}, ${slideKey}, ${playlistKey}, 1,
        ${row.duration_ms})
      ON CONFLICT DO UPDATE SET plays = plays + 1, duration_ms = duration_ms + excluded.duration_ms
    `.execute(db);
  }
}
