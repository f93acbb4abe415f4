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

/** A paired screen that was sent version v1 holding slide-1 (10 s) from 07:00. */
async function screenWithServedSlide() {
  const screen = await m.pairScreen();
  await m.recordServed(screen.screenId, 'v1', ['slide-1'], '2026-03-02T07:00:00Z');
  return screen;
}

describe('proof of play and heartbeat', () => {
  it('counts a batch sent twice only once', async () => {
    const { token, screenId } = await screenWithServedSlide();
    const batch = { plays: [play('play-0001'), play('play-0002')] };
    const first = await m.device('POST', '/api/device/plays', token, batch);
    expect(await first.json()).toEqual({ accepted: 2, duplicates: 0, rejected: 0 });
    const second = await m.device('POST', '/api/device/plays', token, batch);
    expect(await second.json()).toEqual({ accepted: 0, duplicates: 2, rejected: 0 });
    expect(await playsRepository.count(m.store.db, screenId)).toBe(2);
  });

  it.each([
    ['a slide the screen was never sent', { slideId: 'slide-other' }],
    ['a manifest version the screen was never sent', { manifestVersion: 'forged' }],
    [
      '24 hours of a 10-second slide',
      { durationMs: 86_400_000, startedAt: '2026-03-01T08:00:00Z' },
    ],
    ['a play in 1971', { startedAt: '1971-01-01T00:00:00Z' }],
    ['a play in 2035', { startedAt: '2035-01-01T00:00:00Z' }],
    ['a play before the version reached the screen', { startedAt: '2026-03-02T06:00:00Z' }],
  ])('rejects %s, acknowledges it and counts it in monitoring', async (_what, change) => {
    const { token, screenId } = await screenWithServedSlide();
    const forged = Array.from({ length: 5 }, (_, i) => ({ ...play(`forged-${i}00`), ...change }));
    const res = await m.device('POST', '/api/device/plays', token, {
      plays: [play('play-good1'), ...forged],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 5 });
    expect(await playsRepository.count(m.store.db, screenId)).toBe(1);
    const monitoring = await (await m.editor('GET', '/api/monitoring/screens')).json();
    const item = monitoring.items.find((s: { id: string }) => s.id === screenId);
    expect(item.rejectedPlays).toBe(5);
  });

  it('accepts a play of the version the screen has just been sent', async () => {
    const { token, screenId } = await m.pairScreen();
    const slide = await m.create<{ id: string }>('/api/slides', {
      kind: 'message',
      title: 'Giờ làm việc',
      heading: 'Giờ làm việc',
    });
    const playlist = await m.create<{ id: string }>('/api/playlists', {
      name: 'Chính',
      items: [{ slideId: slide.id, durationSeconds: 10 }],
    });
    await m.editor('PUT', `/api/screens/${screenId}`, {
      name: 'Test screen',
      defaultPlaylistId: playlist.id,
    });
    await m.manifests.refresh();
    const version = m.manifests.version(screenId) ?? '';
    const res = await m.device('POST', '/api/device/plays', token, {
      plays: [
        {
          ...play('play-fresh1'),
          slideId: slide.id,
          playlistId: playlist.id,
          manifestVersion: version,
          startedAt: '2026-03-02T07:59:50Z',
        },
      ],
    });
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 0 });
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
