import { HeartbeatSchema } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeartbeatRecorder } from '../../../../manager/src/monitoring/heartbeat-recorder.js';
import { screensRepository } from '../../../../manager/src/store/screens.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await m.close();
});

const beat = (manifestVersion: string) =>
  HeartbeatSchema.parse({
    manifestVersion,
    appVersion: '1.0.0',
    showing: null,
    storage: null,
    uptimeSeconds: 60,
    errors: [],
  });

const reported = async (screenId: string) =>
  (
    await m.store.db
      .selectFrom('screens')
      .select(['reported_version', 'last_seen_at'])
      .where('id', '=', screenId)
      .executeTakeFirstOrThrow()
  ).reported_version;

describe('heartbeats arriving together', () => {
  it('are stored together, those arriving during a write in the next, the latest of a screen winning', async () => {
    const [a, b, c] = [await m.pairScreen('A'), await m.pairScreen('B'), await m.pairScreen('C')];
    const writes = vi.spyOn(screensRepository, 'recordHeartbeats');
    const recorder = new HeartbeatRecorder(m.store.db);
    const now = new Date().toISOString();
    const first = [a, b].map(({ screenId }) => recorder.record(screenId, beat('v1'), now));
    // The first write has started: these wait for it and go together in the next.
    await Promise.resolve();
    const next = [
      recorder.record(c.screenId, beat('v1'), now),
      recorder.record(a.screenId, beat('v2'), now),
      recorder.record(a.screenId, beat('v3'), now),
    ];
    await Promise.all([...first, ...next]);
    expect(writes.mock.calls.map(([, rows]) => rows.map((row) => row.screenId))).toEqual([
      [a.screenId, b.screenId],
      [c.screenId, a.screenId],
    ]);
    expect([
      await reported(a.screenId),
      await reported(b.screenId),
      await reported(c.screenId),
    ]).toEqual(['v3', 'v1', 'v1']);
  });
});
