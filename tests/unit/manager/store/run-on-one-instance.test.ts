import { afterEach, describe, expect, it } from 'vitest';
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
