import { ScreenInputSchema } from '@bangtin/shared';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { deviceTokensRepository } from '../../../../manager/src/store/device-tokens.js';
import { groupsRepository } from '../../../../manager/src/store/groups.js';
import type { Store } from '../../../../manager/src/store/open-store.js';
import { screensRepository } from '../../../../manager/src/store/screens.js';
import { ScreensMemo } from '../../../../manager/src/store/screens-memo.js';
import { openTestStore, TEST_STORE } from '../../../helpers/test-store.js';

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function storeWithScreens() {
  const store = await openTestStore();
  opened.push(store);
  const now = '2026-12-07T08:00:00.000Z';
  await groupsRepository.create(store.db, 'g1', { name: 'Tầng 1', defaultPlaylistId: null }, now);
  await groupsRepository.create(store.db, 'g2', { name: 'Tầng 2', defaultPlaylistId: null }, now);
  for (const id of ['s1', 's2']) {
    await screensRepository.create(
      store.db,
      id,
      ScreenInputSchema.parse({ name: `Màn hình ${id}`, groupIds: ['g1'] }),
      now,
    );
  }
  return { store, memo: new ScreensMemo(), now };
}

/** What the memo hands out, checked against a plain read; and whether it read again. */
async function readBoth(store: Store, memo: ScreensMemo, before?: unknown) {
  const screens = await memo.list(store.db);
  expect(screens).toEqual(await screensRepository.list(store.db));
  return { screens, readAgain: screens !== before };
}

describe(`the screens as last read, on a ${TEST_STORE} store`, () => {
  it('are read again after every kind of write to what a screen is', async () => {
    const { store, memo, now } = await storeWithScreens();
    const writes: Array<[string, () => Promise<unknown>]> = [
      [
        'an edit',
        () =>
          screensRepository.replace(
            store.db,
            's1',
            ScreenInputSchema.parse({ name: 'Quầy 1', groupIds: ['g1'] }),
            now,
          ),
      ],
      [
        'its groups',
        () =>
          screensRepository.replace(
            store.db,
            's1',
            ScreenInputSchema.parse({ name: 'Quầy 1', groupIds: ['g2', 'g1'] }),
            now,
          ),
      ],
      ['a pairing', () => deviceTokensRepository.insert(store.db, 'hash-1', 's2', now)],
      ['a revocation', () => deviceTokensRepository.revokeAll(store.db, 's2', now)],
      [
        'a new screen',
        () =>
          screensRepository.create(store.db, 's3', ScreenInputSchema.parse({ name: 'S3' }), now),
      ],
      // Its memberships and tokens go by cascade.
      ['a deletion', () => screensRepository.remove(store.db, 's1')],
    ];
    let { screens } = await readBoth(store, memo);
    for (const [name, write] of writes) {
      await write();
      const read = await readBoth(store, memo, screens);
      expect(read.readAgain, name).toBe(true);
      screens = read.screens;
    }
  });

  it('are handed out again while only heartbeats wrote', async () => {
    const { store, memo, now } = await storeWithScreens();
    const first = await memo.list(store.db);
    await screensRepository.recordHeartbeats(store.db, [
      {
        screenId: 's1',
        now,
        heartbeat: {
          manifestVersion: 'v1',
          appVersion: '1.0.0',
          showing: null,
          storage: null,
          uptimeSeconds: 60,
          errors: [],
        },
      },
    ]);
    expect(await memo.list(store.db)).toBe(first);
  });

  it('move with a write to any column a screen is read from, but not its contact', async () => {
    const { store, memo } = await storeWithScreens();
    const contact = ['last_seen_at', 'reported_version', 'status', 'created_at', 'updated_at'];
    const table = (await store.db.introspection.getTables()).find((t) => t.name === 'screens');
    const columns = table?.columns.map((column) => column.name) ?? [];
    expect(columns).toEqual(expect.arrayContaining(contact));
    let screens = await memo.list(store.db);
    for (const column of columns) {
      await sql`UPDATE screens SET ${sql.ref(column)} = ${sql.ref(column)}`.execute(store.db);
      const again = await memo.list(store.db);
      // A column added to screens must be named by the triggers, or called contact here.
      expect(again !== screens, column).toBe(!contact.includes(column));
      screens = again;
    }
  });

  it('are not taken from a write that rolled back', async () => {
    const { store, memo, now } = await storeWithScreens();
    await memo.list(store.db);
    await expect(
      store.db.transaction().execute(async (trx) => {
        await screensRepository.create(trx, 's9', ScreenInputSchema.parse({ name: 'S9' }), now);
        expect((await memo.list(trx)).map((screen) => screen.id)).toContain('s9');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const { screens } = await readBoth(store, memo);
    expect(screens.map((screen) => screen.id)).toEqual(['s1', 's2']);
  });

  it('are read each time where the mark is gone', async () => {
    const { store, memo } = await storeWithScreens();
    await sql`DELETE FROM change_marks`.execute(store.db);
    const first = await memo.list(store.db);
    expect(await memo.list(store.db)).not.toBe(first);
  });
});
