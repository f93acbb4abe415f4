import { gunzipSync } from 'node:zlib';
import { ManifestSchema } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const message = (title: string) => ({ kind: 'message', title, heading: title });

describe('device manifest', () => {
  it('answers 401 with the error body without a device token', async () => {
    const res = await m.request('/api/device/manifest');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
    expect(res.headers.get('x-server-time')).toMatch(/^\d+$/);
  });

  it('serves the manifest with its version as ETag and answers 304 to that ETag', async () => {
    const { token } = await m.pairScreen();
    const res = await m.device('GET', '/api/device/manifest', token);
    const manifest = ManifestSchema.parse(await res.json());
    expect(res.headers.get('etag')).toBe(`"${manifest.version}"`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const again = await m.device('GET', '/api/device/manifest', token, undefined, {
      'if-none-match': `"${manifest.version}"`,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('sends the manifest gzip-compressed to a player that accepts gzip', async () => {
    const { token } = await m.pairScreen();
    const plain = await (await m.device('GET', '/api/device/manifest', token)).text();
    const res = await m.device('GET', '/api/device/manifest', token, undefined, {
      'accept-encoding': 'gzip, deflate',
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    const body = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    expect(body).toBe(plain);
  });

  it('keeps the same version while nothing changes', async () => {
    const { token } = await m.pairScreen();
    const first = (await (await m.device('GET', '/api/device/manifest', token)).json()).version;
    await m.device('POST', '/api/device/heartbeat', token, {
      manifestVersion: first,
      appVersion: '1',
      showing: null,
      storage: null,
      uptimeSeconds: 5,
    });
    const second = (await (await m.device('GET', '/api/device/manifest', token)).json()).version;
    expect(second).toBe(first);
  });

  it('holds only what the screen can play: its entries, their playlists and slides', async () => {
    const group = await m.create('/api/groups', { name: 'Sảnh' });
    const { token, screenId } = await m.pairScreen('Sảnh');
    await m.editor('PUT', `/api/screens/${screenId}`, { name: 'Sảnh', groupIds: [group.id] });
    const mine = await m.create('/api/slides', message('Của sảnh'));
    const other = await m.create('/api/slides', message('Của nơi khác'));
    const minePlaylist = await m.create('/api/playlists', {
      name: 'Sảnh',
      items: [{ slideId: mine.id }],
    });
    const otherPlaylist = await m.create('/api/playlists', {
      name: 'Khác',
      items: [{ slideId: other.id }],
    });
    await m.create('/api/schedules', {
      name: 'Sảnh',
      playlistId: minePlaylist.id,
      target: { groupIds: [group.id] },
    });
    await m.create('/api/schedules', {
      name: 'Khác',
      playlistId: otherPlaylist.id,
      target: { screenIds: [] },
    });
    const manifest = ManifestSchema.parse(
      await (await m.device('GET', '/api/device/manifest', token)).json(),
    );
    expect(manifest.schedule.map((e) => e.name)).toEqual(['Sảnh']);
    expect(manifest.playlists.map((p) => p.id)).toEqual([minePlaylist.id]);
    expect(manifest.slides.map((s) => s.id)).toEqual([mine.id]);
    expect(manifest.screen.groupIds).toEqual([group.id]);
  });

  it('changes version after an edit to a slide the screen plays, and notifies only that screen', async () => {
    const slide = await m.create('/api/slides', message('A'));
    const playlist = await m.create('/api/playlists', {
      name: 'P',
      items: [{ slideId: slide.id }],
    });
    const playing = await m.pairScreen('Plays it');
    const idle = await m.pairScreen('Plays nothing');
    await m.editor('PUT', `/api/screens/${playing.screenId}`, {
      name: 'Plays it',
      defaultPlaylistId: playlist.id,
    });
    const before = (await (await m.device('GET', '/api/device/manifest', playing.token)).json())
      .version;

    const heard: string[] = [];
    for (const screenId of [playing.screenId, idle.screenId]) {
      m.hub.subscribe(screenId, { send: () => heard.push(screenId), close: () => {} });
      // As the events route does, an opening stream is told the version first.
      m.manifests.version(screenId);
    }
    await m.editor('PUT', `/api/slides/${slide.id}`, message('B'));

    const after = (await (await m.device('GET', '/api/device/manifest', playing.token)).json())
      .version;
    expect(after).not.toBe(before);
    expect(heard).toEqual([playing.screenId]);
    expect(m.manifests.version(playing.screenId)).toBe(after);
  });
});
