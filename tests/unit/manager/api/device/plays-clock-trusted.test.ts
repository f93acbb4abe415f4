import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager({ clock: () => Date.parse('2026-03-02T08:00:00Z') });
});
afterEach(() => m.close());

const play = (id: string, clockTrusted?: boolean) => ({
  id,
  slideId: 'slide-1',
  playlistId: null,
  manifestVersion: 'v1',
  startedAt: '1970-01-01T00:00:05Z',
  durationMs: 10_000,
  ...(clockTrusted === undefined ? {} : { clockTrusted }),
});

describe('plays stamped by an untrusted clock', () => {
  it('are stored marked as such and kept out of the daily report', async () => {
    const { token } = await m.pairScreen();
    const batch = { plays: [play('play-untrusted', false), play('play-trusted', true)] };
    const res = await m.device('POST', '/api/device/plays', token, batch);
    expect(await res.json()).toEqual({ accepted: 2, duplicates: 0 });
    const flags = await m.store.db
      .selectFrom('play_log')
      .select('clock_trusted')
      .orderBy('clock_trusted')
      .execute();
    expect(flags.map((row) => row.clock_trusted)).toEqual([0, 1]);
    const days = await m.store.db.selectFrom('play_days').select('plays').execute();
    expect(days.map((row) => row.plays)).toEqual([1]);
  });
});
