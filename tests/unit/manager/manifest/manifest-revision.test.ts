import { ManifestSchema } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestTracker } from '../../../../manager/src/manifest/manifest-tracker.js';
import { nextRevision } from '../../../../manager/src/store/manifest-revisions.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const revisionOf = async (token: string) =>
  ManifestSchema.parse(await (await m.device('GET', '/api/device/manifest', token)).json())
    .revision;

const restartedTracker = (clock: () => number, revisionFloor?: number) =>
  new ManifestTracker(
    m.store,
    { changed: () => {}, removed: () => {} },
    { clock, ...(revisionFloor ? { revisionFloor } : {}) },
  );

describe('manifest revision', () => {
  it('grows with every change of a screen manifest', async () => {
    const { token } = await m.pairScreen();
    const first = await revisionOf(token);
    expect(first).toBeGreaterThan(0);
    await m.editor('PUT', '/api/settings', { agencyName: 'Trung tâm Phục vụ hành chính công' });
    await m.manifests.refresh();
    expect(await revisionOf(token)).toBeGreaterThan(first);
  });

  it('is kept in the store: a restarted manager, even with its clock set back, goes on above it', async () => {
    const { screenId, token } = await m.pairScreen();
    const before = await revisionOf(token);
    const restarted = restartedTracker(() => 0);
    // The same version keeps its revision; a change moves it above.
    expect((await restarted.manifest(screenId))?.revision).toBe(before);
    await m.editor('PUT', '/api/settings', { agencyName: 'Trung tâm Phục vụ hành chính công' });
    await restarted.refresh();
    expect((await restarted.manifest(screenId))?.revision).toBe(before + 1);
  });

  it('is taken over as it is by an instance that began before another stored it', async () => {
    const other = restartedTracker(Date.now);
    const { screenId, token } = await m.pairScreen();
    await m.editor('PUT', '/api/settings', { agencyName: 'Trung tâm Phục vụ hành chính công' });
    const stored = await revisionOf(token);
    await other.refresh();
    expect((await other.manifest(screenId))?.revision).toBe(stored);
  });

  it('moves past the revisions a player holds after a database restored from an older backup', async () => {
    const { screenId } = await m.pairScreen();
    await m.store.db.updateTable('manifest_revisions').set({ revision: 5 }).execute();
    const now = Date.UTC(2027, 0, 1);
    const restarted = restartedTracker(() => now);
    expect((await restarted.manifest(screenId))?.revision).toBe(now);
  });

  it('starts from REVISION_FLOOR when the operator sets one', async () => {
    const { screenId } = await m.pairScreen();
    const floor = Date.UTC(2099, 0, 1);
    const restarted = restartedTracker(() => 0, floor);
    expect((await restarted.manifest(screenId))?.revision).toBe(floor);
  });

  it.each([
    [undefined, 10, 0, 10],
    [41, 10, 0, 42],
    [41, 10, 100, 100],
  ])('next after %s at %s with floor %s is %s', (stored, now, floor, expected) => {
    expect(nextRevision(stored, now, floor)).toBe(expected);
  });
});
