import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestTracker } from '../../../../manager/src/manifest/manifest-tracker.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

/** A change every screen's manifest carries: the ticker's text. */
async function changeTicker(tickerText: string) {
  const settings = await (await m.editor('GET', '/api/settings')).json();
  expect((await m.editor('PUT', '/api/settings', { ...settings, tickerText })).status).toBe(200);
}

describe('an instance holding some screens’ streams', () => {
  it('builds and reports those at a refresh, the others when they ask', async () => {
    const screens = [];
    for (const name of ['Sảnh 1', 'Sảnh 2', 'Sảnh 3', 'Sảnh 4'])
      screens.push((await m.pairScreen(name)).screenId);
    const [first, second, ...held] = screens as [string, string, string, string];
    const reports: string[][] = [];
    const tracker = new ManifestTracker(m.store, {
      changed: (moved) => reports.push(moved.map(({ screenId }) => screenId).sort()),
      removed: () => {},
      listening: (screenId) => held.includes(screenId),
    });
    expect((await tracker.refresh()).sort()).toEqual([...held].sort());
    expect(reports).toEqual([[...held].sort()]);

    // Screens asking together are built together, once.
    const asked = await Promise.all([first, second, first].map((id) => tracker.manifest(id)));
    expect(reports).toEqual([[...held].sort(), [first, second].sort()]);
    expect(asked[0]).toBe(asked[2]);

    // Nothing changed: nothing is built again.
    await tracker.refresh();
    await tracker.manifest(first);
    expect(reports).toHaveLength(2);

    await changeTicker('Giờ làm việc mới');
    const before = tracker.version(second);
    await tracker.refresh();
    expect(reports.at(-1)).toEqual([...held].sort());
    // The version is given out before the manifest is built (as a stream opens): building it
    // tells nobody again.
    const after = tracker.version(second);
    expect(after).not.toBe(before);
    const count = reports.length;
    expect((await tracker.manifest(second))?.version).toBe(after);
    expect(reports).toHaveLength(count);
  });

  it('serves the manifest of a screen it had not read yet', async () => {
    const tracker = new ManifestTracker(m.store, { changed: () => {}, removed: () => {} });
    await tracker.refresh();
    const { screenId } = await m.pairScreen('Sảnh mới');
    expect(tracker.version(screenId)).toBeUndefined();
    expect((await tracker.manifest(screenId))?.version).toBe(m.manifests.version(screenId));
  });
});
