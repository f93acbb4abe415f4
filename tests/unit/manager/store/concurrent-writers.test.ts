import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { nextSeq } from '../../../../manager/src/store/next-seq.js';
import { openStore, type Store } from '../../../../manager/src/store/open-store.js';
import { runOnOneInstance } from '../../../../manager/src/store/run-on-one-instance.js';
import {
  openTestStore,
  postgresTestUrl,
  TEST_STORE,
  uniqueName,
} from '../../../helpers/test-store.js';

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

describe(`several writers on one ${TEST_STORE} store`, () => {
  it('never hand two new rows the same position', async () => {
    const store = await openTestStore();
    opened.push(store);
    const positions = await Promise.all(
      Array.from({ length: 40 }, () =>
        store.db.transaction().execute((trx) => nextSeq(trx, 'slides')),
      ),
    );
    expect(new Set(positions).size).toBe(40);
    expect(Math.max(...positions)).toBe(40);
  });

  it('start counting after the rows a store already holds', async () => {
    const store = await openTestStore();
    opened.push(store);
    await store.db
      .insertInto('screen_groups')
      .values({
        id: 'g',
        seq: 7,
        name: 'Tầng 1',
        default_playlist_id: null,
        created_at: 'x',
        updated_at: 'x',
      })
      .execute();
    expect(await nextSeq(store.db, 'screen_groups')).toBe(8);
  });

  it.runIf(TEST_STORE === 'postgres')('migrate once when instances start together', async () => {
    const schema = uniqueName('start');
    const stores = await Promise.all(
      [1, 2, 3].map(() => openStore(postgresTestUrl(), { schema, max: 2 })),
    );
    opened.push(...stores);
    // Each saw the schema complete: every migration recorded once, the tables there.
    for (const store of stores) {
      const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(
        store.db,
      );
      expect(applied.rows.map((row) => row.name)).toEqual(
        expect.arrayContaining(['001-initial', '008-screen-settings']),
      );
      expect(await store.db.selectFrom('users').selectAll().execute()).toEqual([]);
    }
  });
});

describe(`a job run on one instance (${TEST_STORE})`, () => {
  it('runs on the only instance there is', async () => {
    const store = await openTestStore();
    opened.push(store);
    let runs = 0;
    expect(await runOnOneInstance(store.db, 'check', async () => void runs++)).toBe(true);
    expect(await runOnOneInstance(store.db, 'check', async () => void runs++)).toBe(true);
    expect(runs).toBe(2);
  });

  it.runIf(TEST_STORE === 'postgres')(
    'is skipped by a second instance while the first runs it, and runs again after',
    async () => {
      const schema = uniqueName('one');
      const [a, b] = await Promise.all([1, 2].map(() => openStore(postgresTestUrl(), { schema })));
      if (!a || !b) throw new Error('stores not opened');
      opened.push(a, b);
      let finish = () => {};
      const held = new Promise<void>((resolve) => {
        finish = resolve;
      });
      let started = () => {};
      const running = new Promise<void>((resolve) => {
        started = resolve;
      });
      const first = runOnOneInstance(a.db, 'check', async () => {
        started();
        await held;
      });
      await running;
      expect(await runOnOneInstance(b.db, 'check', async () => {})).toBe(false);
      // Another job is not held back by this one.
      expect(await runOnOneInstance(b.db, 'report', async () => {})).toBe(true);
      finish();
      expect(await first).toBe(true);
      expect(await runOnOneInstance(b.db, 'check', async () => {})).toBe(true);
    },
  );
});
