import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { backupStore } from '../../../../manager/src/store/backup-store.js';
import { restorePostgres } from '../../../../manager/src/store/dialect/postgres-dump.js';
import { openStore, type Store } from '../../../../manager/src/store/open-store.js';
import { settingsRepository } from '../../../../manager/src/store/settings.js';
import { exportStore } from '../../../../manager/src/store/transfer/export-store.js';
import { postgresTestUrl, TEST_STORE, uniqueName } from '../../../helpers/test-store.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bangtin-backup-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function open(location: string): Promise<Store> {
  const store = await openStore(location);
  cleanups.push(() => store.close());
  return store;
}

/** Every row but the export's own time. */
async function contents(store: Store): Promise<string[]> {
  const lines: string[] = [];
  await exportStore(store, (line) => void lines.push(line), new Date(0));
  return lines.slice(1);
}

async function fill(store: Store): Promise<void> {
  await settingsRepository.put(store.db, {
    ...(await settingsRepository.get(store.db)),
    agencyName: 'UBND xã Tân Phú',
  });
  await store.db
    .insertInto('audit_log')
    .values({
      at: '2026-03-01T00:00:00Z',
      action: 'update',
      resource: 'settings',
      resource_id: 'agency',
    })
    .execute();
}

describe('npm run backup', () => {
  it('copies a live SQLite store into a file that opens as the same store', async () => {
    const dir = await tempDir();
    const live = await open(join(dir, 'bang-tin.db'));
    await fill(live);
    await backupStore(join(dir, 'bang-tin.db'), join(dir, 'backup.db'));
    // Writes after the backup stay out of it.
    await settingsRepository.put(live.db, {
      ...(await settingsRepository.get(live.db)),
      agencyName: 'later',
    });

    const restored = await open(join(dir, 'backup.db'));
    expect((await settingsRepository.get(restored.db)).agencyName).toBe('UBND xã Tân Phú');
    expect((await contents(restored)).join()).toContain('UBND xã Tân Phú');
  });

  it.runIf(TEST_STORE === 'postgres')(
    'dumps a PostgreSQL store that pg_restore brings back into another database',
    async () => {
      const source = await createDatabase();
      const target = await createDatabase();
      const live = await open(source);
      await fill(live);
      const file = join(await tempDir(), 'backup.dump');
      await backupStore(source, file);

      await restorePostgres(target, file);
      const restored = await open(target);
      expect(await contents(restored)).toEqual(await contents(live));
    },
  );
});

/** A database of this test's own (pg_dump copies a whole database), dropped afterwards. */
async function createDatabase(): Promise<string> {
  const url = new URL(postgresTestUrl());
  const name = uniqueName('backup');
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  cleanups.push(async () => {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  });
  url.pathname = `/${name}`;
  return url.toString();
}
