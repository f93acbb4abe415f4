import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestTracker } from '../../../../manager/src/manifest/manifest-tracker.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const STALE_AFTER_MS = 15 * 60_000;

async function changeTicker(tickerText: string) {
  const settings = await (await m.editor('GET', '/api/settings')).json();
  expect((await m.editor('PUT', '/api/settings', { ...settings, tickerText })).status).toBe(200);
}

describe('the versions the monitor judges staleness by', () => {
  it('builds no manifest, while the content read is recent, for a screen reporting the version given out', async () => {
    let now = Date.parse('2026-12-06T08:00:00Z');
    const { screenId: upToDate } = await m.pairScreen('Sảnh 1');
    const { screenId: behind } = await m.pairScreen('Sảnh 2');
    const tracker = new ManifestTracker(
      m.store,
      { changed: () => {}, removed: () => {} },
      { clock: () => now },
    );
    await tracker.refresh();
    const first = new Map([upToDate, behind].map((id) => [id, tracker.versionSince(id)]));
    const old = first.get(upToDate)?.version ?? '';

    now += 60 * 60_000;
    await changeTicker('Giờ làm việc mới');
    await tracker.refresh();
    const reported = new Map([
      [upToDate, old],
      [behind, 'an older version'],
    ]);
    const judged = await tracker.versionsToJudge(reported, now - STALE_AFTER_MS);
    // The version given out stands for the first: whatever it is now, it is not stale.
    expect(judged.get(upToDate)).toEqual(first.get(upToDate));
    // The other reports something else: built, its new version had since the read.
    const moved = judged.get(behind);
    expect(moved?.version).not.toBe(first.get(behind)?.version);
    expect(moved?.since).toBe(now);

    // Once the read is older than the stale limit, every screen is built and judged anew.
    now += STALE_AFTER_MS + 1;
    const later = await tracker.versionsToJudge(reported, now - STALE_AFTER_MS);
    expect(later.get(upToDate)?.version).not.toBe(old);
    expect(later.get(upToDate)?.version).toBe(tracker.version(upToDate));
  });
});
