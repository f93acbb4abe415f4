import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playsRepository } from '../../../../../manager/src/store/plays.js';
import { screensRepository } from '../../../../../manager/src/store/screens.js';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager({ clock: () => Date.parse('2026-03-02T08:00:00Z') });
});
afterEach(() => m.close());

const play = (id: string) => ({
  id,
  slideId: 'slide-1',
  playlistId: null,
  manifestVersion: 'v1',
  startedAt: '2026-03-02T07:59:00Z',
  durationMs: 10_000,
});

describe('proof of play and heartbeat', () => {
  it('counts a batch sent twice only once', async () => {
    const { token, screenId } = await m.pairScreen();
    const batch = { plays: [play('play-0001'), play('play-0002')] };
    const first = await m.device('POST', '/api/device/plays', token, batch);
    expect(await first.json()).toEqual({ accepted: 2, duplicates: 0 });
    const second = await m.device('POST', '/api/device/plays', token, batch);
    expect(await second.json()).toEqual({ accepted: 0, duplicates: 2 });
    expect(await playsRepository.count(m.store.db, screenId)).toBe(2);
  });

  it('refuses an empty batch with invalid_input', async () => {
    const { token } = await m.pairScreen();
    const res = await m.device('POST', '/api/device/plays', token, { plays: [] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe('plays');
  });

  it('stores the heartbeat on the screen row', async () => {
    const { token, screenId } = await m.pairScreen();
    const res = await m.device('POST', '/api/device/heartbeat', token, {
      manifestVersion: 'abc',
      appVersion: '0.1.0',
      showing: { slideId: null, playlistId: null, state: 'playing' },
      storage: { usage: 10, quota: 100, persisted: true },
      uptimeSeconds: 60,
    });
    expect(await res.json()).toEqual({ serverTime: '2026-03-02T08:00:00.000Z' });
    const screen = await screensRepository.get(m.store.db, screenId);
    expect(screen).toMatchObject({
      lastSeenAt: '2026-03-02T08:00:00.000Z',
      manifestVersion: 'abc',
    });
  });
});
