import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { initialMigration } from '../../../../manager/src/store/migrations/001-initial.js';
import { accountsApprovalMigration } from '../../../../manager/src/store/migrations/002-accounts-approval.js';
import { monitoringMigration } from '../../../../manager/src/store/migrations/003-monitoring.js';
import { holidaysMigration } from '../../../../manager/src/store/migrations/004-holidays.js';
import { ownershipRevisionsMigration } from '../../../../manager/src/store/migrations/005-ownership-revisions.js';
import { playChecksMigration } from '../../../../manager/src/store/migrations/006-play-checks.js';
import { trustMigration } from '../../../../manager/src/store/migrations/007-trust.js';
import { screenSettingsMigration } from '../../../../manager/src/store/migrations/008-screen-settings.js';
import { screenZonesMigration } from '../../../../manager/src/store/migrations/010-screen-zones.js';
import type { Database } from '../../../../manager/src/store/schema.js';
import { screensRepository } from '../../../../manager/src/store/screens.js';

const provider = {
  getMigrations: async () => ({
    '001-initial': initialMigration,
    '002-accounts-approval': accountsApprovalMigration,
    '003-monitoring': monitoringMigration,
    '004-holidays': holidaysMigration,
    '005-ownership-revisions': ownershipRevisionsMigration,
    '006-play-checks': playChecksMigration,
    '007-trust': trustMigration,
    '008-screen-settings': screenSettingsMigration,
    // The repository reads today's columns.
    '010-screen-zones': screenZonesMigration,
  }),
};

describe('migration 008', () => {
  it('leaves every stored screen following the agency settings', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }),
    });
    const migrator = new Migrator({ db, provider });
    await migrator.migrateTo('007-trust');
    await sql`INSERT INTO screens (id, seq, name, location, orientation, layout, time_zone,
      created_at, updated_at) VALUES ('s1', 1, 'Sảnh', '', 'landscape', 'full',
      'Asia/Ho_Chi_Minh', 'x', 'x')`.execute(db);
    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();

    const screen = await screensRepository.get(db, 's1');
    expect([screen?.tickerCharsPerSecond, screen?.crossfade]).toEqual([null, null]);
    await db.destroy();
  });
});
