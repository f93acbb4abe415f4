import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestTracker } from '../../../../manager/src/manifest/manifest-tracker.js';
import { manifestRevisionsRepository } from '../../../../manager/src/store/manifest-revisions.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

/** Another instance on the same store, its clock a minute off the first one's. */
const otherInstance = (offsetMs: number) =>
  new ManifestTracker(
    m.store,
    { changed: () => {}, removed: () => {} },
    { clock: () => Date.now() + offsetMs },
  );

/** A change every screen's manifest carries: the ticker's text. */
async function changeTicker(tickerText: string) {
  const settings = await (await m.editor('GET', '/api/settings')).json();
  const res = await m.editor('PUT', '/api/settings', { ...settings, tickerText });
  expect(res.status).toBe(200);
}

describe('manifest revisions on instances sharing one store', () => {
  it('agree when the instances refresh at the same time after a change, whatever their clocks', async () => {
    const screens = await Promise.all([m.pairScreen('Sảnh A'), m.pairScreen('Sảnh B')]);
    const ahead = otherInstance(60_000);
    const behind = otherInstance(-60_000);
    const trackers = [ahead, behind, m.manifests];
    // Each process's first manifest of a screen goes above its own clock (a restored backup).
    for (const tracker of trackers) {
      for (const { screenId } of screens) await tracker.manifest(screenId);
    }
    for (let round = 0; round < 5; round++) {
      await changeTicker(`Thông báo ${round}`);
      await Promise.all(trackers.map((tracker) => tracker.refresh()));
      for (const { screenId } of screens) {
        const built = await Promise.all(trackers.map((tracker) => tracker.manifest(screenId)));
        expect(new Set(built.map((manifest) => manifest?.version)).size).toBe(1);
        expect(new Set(built.map((manifest) => manifest?.revision)).size).toBe(1);
      }
    }
  });

  it('move on from the highest revision any instance stored', async () => {
    const { screenId } = await m.pairScreen();
    const before = (await m.manifests.manifest(screenId))?.revision ?? 0;
    const ahead = otherInstance(60_000);
    const started = (await ahead.manifest(screenId))?.revision ?? 0;
    expect(started).toBeGreaterThan(before);

    await changeTicker('Giờ làm việc mới');
    await m.manifests.refresh();
    expect((await m.manifests.manifest(screenId))?.revision).toBe(started + 1);
  });

  it('are stored only upwards: a late, lower write does not take the place of a higher one', async () => {
    const { screenId } = await m.pairScreen();
    const { db } = m.store;
    const higher = Date.now() + 900_000;
    await manifestRevisionsRepository.saveAll(db, [{ screenId, version: 'v9', revision: higher }]);
    await manifestRevisionsRepository.saveAll(db, [
      { screenId, version: 'v8', revision: higher - 1 },
    ]);
    expect((await manifestRevisionsRepository.of(db, [screenId])).get(screenId)).toEqual({
      version: 'v9',
      revision: higher,
    });
  });
});
