import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestTracker } from '../../../../manager/src/manifest/manifest-tracker.js';
import { manifestRevisionsRepository } from '../../../../manager/src/store/manifest-revisions.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('a refresh told to run something once its revisions are stored', () => {
  it('runs it after the new revisions are in the store and before any screen hears of them', async () => {
    const { screenId } = await m.pairScreen();
    const steps: string[] = [];
    const tracker = new ManifestTracker(
      m.store,
      { changed: () => steps.push('screens told'), removed: () => {} },
      // A clock ahead of the test manager's: this tracker's revision differs from the stored one.
      { clock: () => Date.now() + 60_000 },
    );
    let storedThen: number | undefined;
    await tracker.refresh(async () => {
      storedThen = (await manifestRevisionsRepository.all(m.store.db)).get(screenId)?.revision;
      steps.push('stored');
    });
    expect(steps).toEqual(['stored', 'screens told']);
    expect(storedThen).toBe(tracker.current(screenId)?.revision);
  });

  it('runs what every caller sharing one refresh asked for, once each', async () => {
    await m.pairScreen();
    let told = 0;
    const tell = async () => {
      told++;
    };
    await Promise.all([
      m.manifests.refresh(tell),
      m.manifests.refresh(tell),
      m.manifests.refresh(),
    ]);
    expect(told).toBe(2);
  });
});

describe('a served manifest', () => {
  it('gzips its body once, when first asked, to the same bytes', async () => {
    const { screenId } = await m.pairScreen();
    const served = m.manifests.current(screenId);
    if (!served) throw new Error('no manifest');
    const gzipped = served.gzipped();
    expect(gunzipSync(gzipped)).toEqual(Buffer.from(served.body));
    expect(served.gzipped()).toBe(gzipped);
  });
});
