import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestTracker } from '../../../../manager/src/manifest/manifest-tracker.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('a refresh on an instance holding some screens’ streams', () => {
  it('reports those screens first, then the others', async () => {
    const screens = [];
    for (const name of ['Sảnh 1', 'Sảnh 2', 'Sảnh 3', 'Sảnh 4'])
      screens.push(await m.pairScreen(name));
    const held = new Set([screens[2]?.screenId, screens[3]?.screenId]);
    const reports: string[][] = [];
    const tracker = new ManifestTracker(m.store, {
      changed: (moved) => reports.push(moved.map(({ screenId }) => screenId).sort()),
      removed: () => {},
      listening: (screenId) => held.has(screenId),
    });
    const moved = await tracker.refresh();
    expect(reports).toEqual([
      [...held].sort(),
      [screens[0]?.screenId, screens[1]?.screenId].sort(),
    ]);
    expect(moved.sort()).toEqual(screens.map(({ screenId }) => screenId).sort());

    // Nothing changed: nothing is reported.
    await tracker.refresh();
    expect(reports).toHaveLength(2);
  });
});
