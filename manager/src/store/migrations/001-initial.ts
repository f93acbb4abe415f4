import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

const DOCUMENT_TABLES = ['slides', 'procedures', 'hotlines', 'playlists', 'schedule_entries'];

/** The first schema: users, content, screens, devices, proof of play and the audit log. */
export const initialMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('login', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('media')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    for (const table of DOCUMENT_TABLES) {
      await db.schema
        .createTable(table)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    }

    await db.schema
      .createTable('screen_groups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('default_playlist_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('screens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addColumn('orientation', 'text', (c) => c.notNull())
      .addColumn('layout', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('default_playlist_id', 'text')
      .addColumn('last_seen_at', 'text')
      .addColumn('reported_version', 'text')
      .addColumn('status', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('screen_group_members')
      .addColumn('screen_id', 'text', (c) =>
        c.notNull().references('screens.id').onDelete('cascade'),
      )
      .addColumn('group_id', 'text', (c) => c.notNull().references('screen_groups.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('screen_group_members_pk', ['screen_id', 'group_id'])
      .execute();

    await db.schema
      .createTable('device_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('screen_id', 'text', (c) =>
        c.notNull().references('screens.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('pairings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('pairing_id_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('screen_id', 'text', (c) => c.references('screens.id').onDelete('cascade'))
      .addColumn('token_handed', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('pairings_code').on('pairings').column('code').execute();

    await db.schema
      .createTable('plays')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('screen_id', 'text', (c) => c.notNull())
      .addColumn('slide_id', 'text', (c) => c.notNull())
      .addColumn('playlist_id', 'text')
      .addColumn('manifest_version', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('plays_screen_started')
      .on('plays')
      .columns(['screen_id', 'started_at'])
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('resource', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .execute();
    await db.schema
      .createIndex('audit_log_resource')
      .on('audit_log')
      .columns(['resource', 'resource_id'])
      .execute();
  },
};
