import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../../manager/src/store/open-store.js';
import { playsRepository } from '../../../../manager/src/store/plays.js';
import { exportStore } from '../../../../manager/src/store/transfer/export-store.js';
import { ImportRefused, importStore } from '../../../../manager/src/store/transfer/import-store.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';
import { openTestStore, TEST_STORE } from '../../../helpers/test-store.js';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

async function filledManager(): Promise<TestManager> {
  const m = await createTestManager();
  opened.push(m);
  const slide = await m.create('/api/slides', {
    kind: 'message',
    title: 'Giờ làm việc',
    heading: 'Thứ Hai – Thứ Sáu',
  });
  await m.create('/api/playlists', { name: 'Sảnh', items: [{ slideId: slide.id }] });
  const { screenId } = await m.pairScreen('Quầy 1');
  // A UUID (packed into 16 bytes) and text ids, one of exactly 15 characters.
  const ids = [randomUUID(), 'play-id-fifteen', 'a-longer-text-play-id'];
  await playsRepository.insertBatch(
    m.store.db,
    screenId,
    ids.map((id, i) => ({
      id,
      slideId: slide.id,
      playlistId: null,
      manifestVersion: 'v1',
      startedAt: `2026-03-0${i + 1}T02:00:00.250Z`,
      durationMs: 10_000,
    })),
    '2026-03-04T00:00:00Z',
  );
  return m;
}

async function linesOf(store: Store): Promise<string[]> {
  const lines: string[] = [];
  await exportStore(store, (line) => void lines.push(line));
  return lines;
}

/** Every row, per table, in a stable order (stores return rows in their own order). */
const rowsOf = (lines: string[]) => {
  const tables: Record<string, string[]> = {};
  for (const line of lines.slice(1)) {
    const batch = JSON.parse(line) as { table: string; rows: unknown[] };
    tables[batch.table] = [
      ...(tables[batch.table] ?? []),
      ...batch.rows.map((r) => JSON.stringify(r)),
    ];
  }
  for (const rows of Object.values(tables)) rows.sort();
  return tables;
};

async function* asLines(lines: string[]) {
  yield* lines;
}

async function openSqlite(): Promise<Store> {
  const store = await openStore(':memory:');
  opened.push(store);
  return store;
}

async function openFresh(): Promise<Store> {
  const store = await openTestStore();
  opened.push(store);
  return store;
}

describe(`moving a ${TEST_STORE} store through a store file`, () => {
  it('carries every row into SQLite and back unchanged', async () => {
    const m = await filledManager();
    const exported = await linesOf(m.store);
    const sqlite = await openSqlite();
    await importStore(sqlite, asLines(exported));
    const viaSqlite = await linesOf(sqlite);
    const back = await openFresh();
    await importStore(back, asLines(viaSqlite));

    const expected = rowsOf(exported);
    expect(Object.keys(expected)).toContain('play_log');
    expect(expected.play_log).toHaveLength(3);
    expect(rowsOf(viaSqlite)).toEqual(expected);
    expect(rowsOf(await linesOf(back))).toEqual(expected);
  });

  it('keeps numbering audit entries after the largest imported one', async () => {
    const m = await filledManager();
    const target = await openFresh();
    await importStore(target, asLines(await linesOf(m.store)));
    const largest = await target.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    const added = await target.db
      .insertInto('audit_log')
      .values({ at: '2026-03-05T00:00:00Z', action: 'create', resource: 'slide', resource_id: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(added.id).toBeGreaterThan(Number(largest.id));
  });

  it('refuses a store that already has rows, and writes nothing', async () => {
    const m = await filledManager();
    const lines = await linesOf(m.store);
    await expect(importStore(m.store, asLines(lines))).rejects.toThrow(ImportRefused);
    expect(rowsOf(await linesOf(m.store))).toEqual(rowsOf(lines));
  });

  it('refuses a file from a store at another migration', async () => {
    const m = await filledManager();
    const [header, ...rest] = await linesOf(m.store);
    const older = { ...JSON.parse(header ?? '{}'), migrations: ['001-initial'] };
    const target = await openFresh();
    await expect(importStore(target, asLines([JSON.stringify(older), ...rest]))).rejects.toThrow(
      /migration 001-initial/,
    );
  });
});
