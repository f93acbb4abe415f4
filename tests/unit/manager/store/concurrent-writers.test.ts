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
  const EVERY_MS = 15_000;
  const at = (ms: number) => ({ at: Date.parse('2026-12-07T08:00:00Z') + ms, everyMs: EVERY_MS });

  it.runIf(TEST_STORE === 'sqlite')('runs every time on an embedded store', async () => {
    const store = await openTestStore();
    opened.push(store);
    let runs = 0;
    expect(await runOnOneInstance(store.db, 'check', at(0), async () => void runs++)).toBe(true);
    expect(await runOnOneInstance(store.db, 'check', at(1), async () => void runs++)).toBe(true);
    expect(runs).toBe(2);
  });

  it.runIf(TEST_STORE === 'postgres')(
    'is skipped by a second instance while the first runs it, and runs again after',
    async () => {
      const [a, b] = await twoInstances('one');
      let finish = () => {};
      const held = new Promise<void>((resolve) => {
        finish = resolve;
      });
      let started = () => {};
      const running = new Promise<void>((resolve) => {
        started = resolve;
      });
      const first = runOnOneInstance(a.db, 'check', at(0), async () => {
        started();
        await held;
      });
      await running;
      expect(await runOnOneInstance(b.db, 'check', at(EVERY_MS), async () => {})).toBe(false);
      // Another job is not held back by this one.
      expect(await runOnOneInstance(b.db, 'report', at(0), async () => {})).toBe(true);
      finish();
      expect(await first).toBe(true);
      expect(await runOnOneInstance(b.db, 'check', at(EVERY_MS), async () => {})).toBe(true);
    },
  );

  it.runIf(TEST_STORE === 'postgres')(
    'runs once a round however many instances take their turn in it',
    async () => {
      const [a, b] = await twoInstances('round');
      const runs: string[] = [];
      const turn = (name: string, store: Store, ms: number) =>
        runOnOneInstance(store.db, 'check', at(ms), async () => void runs.push(`${name}@${ms}`));
      // Each instance's timer fires once a period, at its own moment: 0, 4 s, 15 s, 19 s, …
      for (const ms of [0, 15_000, 30_000]) {
        await turn('a', a, ms);
        await turn('b', b, ms + 4_000);
      }
      // The first instance stops: the second takes the next round.
      await turn('b', b, 49_000);
      expect(runs).toEqual(['a@0', 'a@15000', 'a@30000', 'b@49000']);
    },
  );

  async function twoInstances(prefix: string): Promise<[Store, Store]> {
    const schema = uniqueName(prefix);
    const [a, b] = await Promise.all([1, 2].map(() => openStore(postgresTestUrl(), { schema })));
    if (!a || !b) throw new Error('stores not opened');
    opened.push(a, b);
    return [a, b];
  }
});
