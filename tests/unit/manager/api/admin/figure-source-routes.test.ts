import { ManifestSchema } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ChangeNotice,
  InProcessChangeNetwork,
} from '../../../../../manager/src/events/change-bus.js';
import { serve, startSourceServer } from '../../../../helpers/figures-source-server.js';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

const START = Date.parse('2026-12-07T01:00:00Z');
let now = START;
let m: TestManager;
let source: Awaited<ReturnType<typeof startSourceServer>>;
const heard: ChangeNotice[] = [];

beforeEach(async () => {
  const network = new InProcessChangeNetwork();
  network.join().subscribe((notice) => heard.push(notice));
  heard.length = 0;
  now = START;
  m = await createTestManager({ clock: () => now, changes: network.join() });
  source = await startSourceServer(serve(JSON.stringify({ data: { onTime: 98.5, total: 1234 } })));
});
afterEach(async () => {
  await source.close();
  await m.close();
});

const figures = {
  kind: 'figures',
  title: 'Kết quả',
  heading: 'Kết quả giải quyết hồ sơ',
  items: [
    { label: 'Hồ sơ đúng hạn', value: 90, unit: '%', decimals: 1 },
    { label: 'Hồ sơ trực tuyến', value: 1000 },
    { label: 'Nhập tay', value: 7 },
  ],
};

/** A published figures slide on a paired screen's default playlist. */
async function figuresOnScreen() {
  const slide = await m.create('/api/slides', figures);
  const playlist = await m.create('/api/playlists', { name: 'P', items: [{ slideId: slide.id }] });
  const { screenId, token } = await m.pairScreen();
  await m.editor('PUT', `/api/screens/${screenId}`, { name: 'S', defaultPlaylistId: playlist.id });
  const shown = async () => {
    const manifest = ManifestSchema.parse(
      await (await m.device('GET', '/api/device/manifest', token)).json(),
    );
    const shownSlide = manifest.slides.find((s) => s.id === slide.id);
    if (shownSlide?.kind !== 'figures') throw new Error('the figures slide is not on screen');
    return shownSlide;
  };
  return { slideId: slide.id, playlistId: playlist.id, shown };
}

const jsonSource = (url: string) => ({
  format: 'json',
  url,
  refreshMinutes: 5,
  fields: ['data.onTime', 'data.total', null],
});

describe('figures sources', () => {
  it('reads the source when set, shows its values on screen and keeps them when it fails', async () => {
    const { slideId, shown } = await figuresOnScreen();
    heard.length = 0;

    const set = await m.editor(
      'PUT',
      `/api/slides/${slideId}/figure-source`,
      jsonSource(source.url('/kq.json')),
    );
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({
      values: [98.5, 1234, null],
      fetchedAt: '2026-12-07T01:00:00.000Z',
      error: null,
    });
    expect((await shown()).items.map((item) => item.value)).toEqual([98.5, 1234, 7]);
    expect((await shown()).fetchedAt).toBe('2026-12-07T01:00:00.000Z');
    expect(heard).toContainEqual({ kind: 'content' });

    source.answer((_request, response) => {
      response.writeHead(500);
      response.end();
    });
    now += 5 * 60_000;
    heard.length = 0;
    await m.figureFeeds.runDue();

    const feed = await (await m.editor('GET', `/api/slides/${slideId}/figure-source`)).json();
    expect(feed).toMatchObject({
      values: [98.5, 1234, null],
      fetchedAt: '2026-12-07T01:00:00.000Z',
      attemptedAt: '2026-12-07T01:05:00.000Z',
      error: 'Nguồn trả lời HTTP 500',
    });
    expect((await shown()).items.map((item) => item.value)).toEqual([98.5, 1234, 7]);
    expect(heard).toEqual([]);
  });

  it('reads again only once the interval has passed, and republishes the new values', async () => {
    const { slideId, shown } = await figuresOnScreen();
    await m.editor('PUT', `/api/slides/${slideId}/figure-source`, jsonSource(source.url()));
    source.answer(serve(JSON.stringify({ data: { onTime: 99, total: 1300 } })));

    now += 4 * 60_000;
    await m.figureFeeds.runDue();
    expect((await shown()).items[0]?.value).toBe(98.5);

    now += 60_000;
    heard.length = 0;
    await m.figureFeeds.runDue();
    expect((await shown()).items.map((item) => item.value)).toEqual([99, 1300, 7]);
    expect((await shown()).fetchedAt).toBe('2026-12-07T01:05:00.000Z');
    expect(heard).toEqual([{ kind: 'content' }]);
  });

  it('shows the hand-entered values again once the source is removed', async () => {
    const { slideId, shown } = await figuresOnScreen();
    await m.editor('PUT', `/api/slides/${slideId}/figure-source`, jsonSource(source.url()));
    const removed = await m.editor('DELETE', `/api/slides/${slideId}/figure-source`);
    expect(removed.status).toBe(204);
    const slide = await shown();
    expect(slide.items.map((item) => item.value)).toEqual([90, 1000, 7]);
    expect(slide.fetchedAt).toBeUndefined();
    expect((await m.editor('GET', `/api/slides/${slideId}/figure-source`)).status).toBe(404);
  });

  it('refuses an address that is not http(s) with the error body, storing nothing', async () => {
    const { slideId } = await figuresOnScreen();
    const res = await m.editor('PUT', `/api/slides/${slideId}/figure-source`, {
      ...jsonSource('file:///etc/passwd'),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details).toContainEqual(expect.objectContaining({ path: 'url' }));
    expect((await m.editor('GET', `/api/slides/${slideId}/figure-source`)).status).toBe(404);
  });

  it('refuses a refresh interval under five minutes', async () => {
    const { slideId } = await figuresOnScreen();
    const res = await m.editor('PUT', `/api/slides/${slideId}/figure-source`, {
      ...jsonSource(source.url()),
      refreshMinutes: 1,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details).toContainEqual(
      expect.objectContaining({ path: 'refreshMinutes' }),
    );
  });

  it('gives a source only to a figures slide', async () => {
    const message = await m.create('/api/slides', { kind: 'message', title: 'M', heading: 'M' });
    const res = await m.editor(
      'PUT',
      `/api/slides/${message.id}/figure-source`,
      jsonSource(source.url()),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_request');
    const missing = await m.editor(
      'PUT',
      '/api/slides/nope/figure-source',
      jsonSource(source.url()),
    );
    expect(missing.status).toBe(404);
  });

  it('forgets a source whose slide was deleted', async () => {
    const { slideId, playlistId } = await figuresOnScreen();
    await m.editor('PUT', `/api/slides/${slideId}/figure-source`, jsonSource(source.url()));
    await m.editor('PUT', `/api/playlists/${playlistId}`, { name: 'P', items: [] });
    expect((await m.editor('DELETE', `/api/slides/${slideId}`)).status).toBe(204);
    now += 5 * 60_000;
    await m.figureFeeds.runDue();
    expect((await m.editor('GET', `/api/slides/${slideId}/figure-source`)).status).toBe(404);
  });
});
