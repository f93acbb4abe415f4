import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { initialMigration } from '../../../../manager/src/store/migrations/001-initial.js';
import { monitoringMigration } from '../../../../manager/src/store/migrations/003-monitoring.js';

const provider = {
  getMigrations: async () => ({
    '001-initial': initialMigration,
    '003-monitoring': monitoringMigration,
  }),
};

const legacy = [
  ['0f8e7c1a-94b2-4c55-a0f4-2b7d1e6c9a01', '2026-03-31T16:59:50.000Z'],
  ['play-0002', '2026-03-31T17:00:00.000Z'],
] as const;

describe('migration 003', () => {
  it('moves plays stored in the wide table into the compact one, unchanged through the view', async () => {
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }),
    });
    const migrator = new Migrator({ db, provider });
    await migrator.migrateTo('001-initial');
    await sql`INSERT INTO screens VALUES ('s1', 1, 'Sảnh', '', 'landscape', 'full',
      'Asia/Ho_Chi_Minh', NULL, NULL, NULL, NULL, 'x', 'x')`.execute(db);
    for (const [id, startedAt] of legacy) {
      await sql`INSERT INTO plays VALUES (${id}, 's1', 'slide-1', NULL, 'v1', ${startedAt}, 10000,
        '2026-04-01T00:00:00Z')`.execute(db);
    }
    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();

    const view = await sql<
      Record<string, unknown>
    >`SELECT * FROM plays ORDER BY started_at`.execute(db);
    expect(view.rows).toEqual(
      legacy.map(([id, startedAt]) => ({
        id,
        screen_id: 's1',
        slide_id: 'slide-1',
        playlist_id: null,
        manifest_version: 'v1',
        started_at: startedAt,
        duration_ms: 10_000,
        received_at: '2026-04-01T00:00:00Z',
      })),
    );
    // 23:59:50 on 31 March and 00:00 on 1 April in Hà Nội: two local days.
    const days = await sql<{ day: number; plays: number }>`
      SELECT day, plays FROM play_days ORDER BY day`.execute(db);
    const march31 = Date.UTC(2026, 2, 31) / 86_400_000;
    expect(days.rows).toEqual([
      { day: march31, plays: 1 },
      { day: march31 + 1, plays: 1 },
    ]);
    await db.destroy();
  });
});
