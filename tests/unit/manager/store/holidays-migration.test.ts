import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { initialMigration } from '../../../../manager/src/store/migrations/001-initial.js';
import { accountsApprovalMigration } from '../../../../manager/src/store/migrations/002-accounts-approval.js';
import { monitoringMigration } from '../../../../manager/src/store/migrations/003-monitoring.js';
import { holidaysMigration } from '../../../../manager/src/store/migrations/004-holidays.js';

const provider = {
  getMigrations: async () => ({
    '001-initial': initialMigration,
    '002-accounts-approval': accountsApprovalMigration,
    '003-monitoring': monitoringMigration,
    '004-holidays': holidaysMigration,
  }),
};

/** An entry as stored before holiday modes: the draft and, when approved, the published body. */
const BEFORE = [
  ['hours', { name: 'Giờ làm việc', kind: 'playlist' }, true],
  ['implicit', { name: 'Mặc định là danh sách phát' }, true],
  ['urgent', { name: 'Khẩn', kind: 'interrupt' }, true],
  ['night', { name: 'Tắt đêm', kind: 'off' }, true],
  ['draft', { name: 'Bản nháp', kind: 'playlist' }, false],
] as const;

describe('migration 004', () => {
  it('gives stored entries the mode of their kind, draft and published alike', async () => {
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }),
    });
    const migrator = new Migrator({ db, provider });
    await migrator.migrateTo('003-monitoring');
    for (const [index, [id, body, published]] of BEFORE.entries()) {
      const json = JSON.stringify(body);
      await sql`INSERT INTO schedule_entries (id, seq, body, created_at, updated_at, published_body)
        VALUES (${id}, ${index}, ${json}, 'x', 'x', ${published ? json : null})`.execute(db);
    }
    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();

    const rows = await sql<{ id: string; body: string; published_body: string | null }>`
      SELECT id, body, published_body FROM schedule_entries ORDER BY seq`.execute(db);
    const mode = (json: string | null) => (json === null ? null : JSON.parse(json).holidayMode);
    expect(rows.rows.map((row) => [row.id, mode(row.body), mode(row.published_body)])).toEqual([
      ['hours', 'skip', 'skip'],
      ['implicit', 'skip', 'skip'],
      ['urgent', 'ignore', 'ignore'],
      ['night', 'ignore', 'ignore'],
      ['draft', 'skip', null],
    ]);
    await db.destroy();
  });
});
