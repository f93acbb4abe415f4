import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager({ clock: () => Date.parse('2026-03-02T08:00:00Z') });
});
afterEach(() => m.close());

/** An untrusted clock may read 1970; a trusted one reads the morning the version was sent. */
const play = (id: string, clockTrusted?: boolean) => ({
  id,
  slideId: 'slide-1',
  playlistId: null,
  manifestVersion: 'v1',
  startedAt: clockTrusted === false ? '1970-01-01T00:00:05Z' : '2026-03-02T07:30:00Z',
  durationMs: 10_000,
  ...(clockTrusted === undefined ? {} : { clockTrusted }),
});

describe('plays stamped by an untrusted clock', () => {
  it('are stored marked as such and kept out of the daily report', async () => {
    const { token, screenId } = await m.pairScreen();
    await m.recordServed(screenId, 'v1', ['slide-1'], '2026-03-02T07:00:00Z');
    const batch = { plays: [play('play-untrusted', false), play('play-trusted', true)] };
    const res = await m.device('POST', '/api/device/plays', token, batch);
    expect(await res.json()).toEqual({ accepted: 2, duplicates: 0, rejected: 0 });
    const flags = await m.store.db
      .selectFrom('play_log')
      .select('clock_trusted')
      .orderBy('clock_trusted')
      .execute();
    expect(flags.map((row) => row.clock_trusted)).toEqual([0, 1]);
    const days = await m.store.db.selectFrom('play_days').select('plays').execute();
    expect(days.map((row) => row.plays)).toEqual([1]);
  });

  it('are still refused for a slide the screen was never sent', async () => {
    const { token, screenId } = await m.pairScreen();
    await m.recordServed(screenId, 'v1', ['slide-1'], '2026-03-02T07:00:00Z');
    const forged = { ...play('play-forged', false), slideId: 'slide-never-sent' };
    const res = await m.device('POST', '/api/device/plays', token, { plays: [forged] });
    expect(await res.json()).toEqual({ accepted: 0, duplicates: 0, rejected: 1 });
  });
});
