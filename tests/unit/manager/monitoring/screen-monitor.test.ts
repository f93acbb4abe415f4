import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../../helpers/manager-app.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const MIN = 60_000;
/** 09:00 in Hà Nội (UTC+7). */
const START = Date.parse('2026-03-02T02:00:00Z');

let now: number;
let m: TestManager;
let hook: WebhookReceiver;
let screen: { screenId: string; token: string };

beforeEach(async () => {
  now = START;
  hook = await startWebhookReceiver();
  m = await createTestManager({
    clock: () => now,
    monitoring: { alertWebhookUrl: hook.url, offlineAfterSeconds: 180, staleAfterSeconds: 900 },
  });
  screen = await m.pairScreen('Sảnh A');
  await m.editor('PUT', `/api/screens/${screen.screenId}`, { name: 'Sảnh A', location: 'Tầng 1' });
});
afterEach(async () => {
  await m.monitor.settled();
  await m.close();
  await hook.close();
});

const beat = (overrides: Record<string, unknown> = {}) =>
  m.device('POST', '/api/device/heartbeat', screen.token, {
    manifestVersion: m.manifests.version(screen.screenId) ?? null,
    appVersion: '0.1.0',
    showing: { slideId: null, playlistId: null, state: 'idle' },
    storage: { usage: 10, quota: 100, persisted: true },
    uptimeSeconds: 60,
    ...overrides,
  });

/** An editor's GET with a fresh session (the injected clock may move past a session's life). */
const get = async (path: string) =>
  m.request(path, { headers: { cookie: await m.signIn(), origin: ORIGIN } });

const history = async () => {
  const res = await get(`/api/monitoring/screens/${screen.screenId}/history`);
  const { items } = (await res.json()) as { items: { at: string; state: string }[] };
  return items.map(({ at, state }) => `${state}@${at.slice(11, 16)}`).reverse();
};

const check = () => m.monitor.check();

describe('screen monitoring', () => {
  it('records online, offline after the limit (dated from the last contact) and back', async () => {
    await beat();
    now += 2 * MIN;
    await check();
    expect(await history()).toEqual(['online@02:00']);
    now += 2 * MIN;
    await check();
    expect(await history()).toEqual(['online@02:00', 'offline@02:00']);
    now += 10 * MIN;
    await beat();
    expect(await history()).toEqual(['online@02:00', 'offline@02:00', 'online@02:14']);
  });

  it('alerts once per incident and once on recovery, through the webhook', async () => {
    await beat();
    now += 4 * MIN;
    await check();
    now += 5 * MIN;
    await check();
    await check();
    expect(hook.bodies).toHaveLength(1);
    expect(hook.bodies[0]).toMatchObject({
      event: 'screen.down',
      kind: 'offline',
      screen: { id: screen.screenId, name: 'Sảnh A', location: 'Tầng 1' },
      startedAt: '2026-03-02T02:00:00.000Z',
      resolvedAt: null,
    });
    expect(hook.bodies[0]?.message).toBe(
      'Màn hình “Sảnh A” (Tầng 1) mất kết nối từ 09:00 02/03/2026',
    );

    now += MIN;
    await beat();
    await check();
    now += 10 * MIN;
    await beat();
    await check();
    expect(hook.bodies.map((body) => body.event)).toEqual(['screen.down', 'screen.recovered']);
    expect(hook.bodies[1]).toMatchObject({ resolvedAt: '2026-03-02T02:10:00.000Z' });
    const res = await get('/api/monitoring/incidents');
    expect((await res.json()).items).toEqual([
      expect.objectContaining({ kind: 'offline', resolvedAt: '2026-03-02T02:10:00.000Z' }),
    ]);
  });

  it('retries an alert the webhook refused after a backoff, and delivers it once', async () => {
    hook.failNext(1);
    await beat();
    now += 4 * MIN;
    await check();
    expect(hook.requests()).toBe(1);
    await check();
    expect(hook.requests()).toBe(1);
    now += 31_000;
    await check();
    await check();
    expect(hook.requests()).toBe(2);
    expect(hook.bodies.map((body) => body.event)).toEqual(['screen.down']);
  });

  it('counts a screen off on schedule neither as down nor as an incident', async () => {
    await m.create('/api/schedules', {
      name: 'Ngoài giờ làm việc',
      kind: 'off',
      target: { screenIds: [screen.screenId] },
      startTime: '17:00',
      endTime: '07:00',
    });
    now = Date.parse('2026-03-02T09:55:00Z'); // 16:55 local
    await beat();
    for (const local of ['17:30', '23:00', '06:59']) {
      const [hh, mm] = local.split(':').map(Number) as [number, number];
      now = Date.parse(`2026-03-02T10:00:00Z`) + ((hh - 17 + 24) % 24) * 60 * MIN + mm * MIN;
      await check();
    }
    now = Date.parse('2026-03-03T00:01:00Z'); // 07:01: the schedule switched it on a minute ago
    await check();
    await beat();
    expect(await history()).toEqual(['online@09:55', 'off@10:30', 'online@00:01']);
    expect(hook.bodies).toEqual([]);

    const res = await get(
      `/api/monitoring/uptime?period=day&date=2026-03-02&screenId=${screen.screenId}`,
    );
    const [uptime] = (await res.json()).screens;
    expect(uptime.ms.offline).toBe(0);
    // 17:30 to midnight local; before 16:55 the screen had not reported yet.
    expect(uptime.ms.off).toBe((6 * 60 + 30) * MIN);
    expect(uptime.ms.online).toBe(35 * MIN);
    expect(uptime.uptime).toBe(1);
  });

  it('marks a screen stuck on an older manifest stale, alerts, and recovers when it catches up', async () => {
    await beat();
    const old = m.manifests.version(screen.screenId);
    await m.editor('PUT', '/api/settings', { agencyName: 'Sở Thông tin và Truyền thông' });
    expect(m.manifests.version(screen.screenId)).not.toBe(old);
    now += 10 * MIN;
    await beat({ manifestVersion: old });
    now += 6 * MIN;
    await beat({ manifestVersion: old, errors: ['media: download failed'] });
    await check();
    const res = await get('/api/monitoring/screens');
    const body = await res.json();
    expect(body.items[0]).toMatchObject({ state: 'stale', flags: ['errors'] });
    expect(body.counts).toMatchObject({ stale: 1, online: 0 });
    now += MIN;
    await beat();
    await check();
    expect(hook.bodies.map((b) => `${b.event}:${b.kind}`)).toEqual([
      'screen.down:stale',
      'screen.recovered:stale',
    ]);
  });

  it('judges every screen whose heartbeat arrives in the same moment', async () => {
    const screens = [screen, await m.pairScreen('Sảnh B'), await m.pairScreen('Sảnh C')];
    const judged: string[] = [];
    m.monitor.subscribe(({ screenId, change }) => judged.push(`${screenId}:${change?.state}`));
    const answers = await Promise.all(
      screens.map(({ token }) =>
        m.device('POST', '/api/device/heartbeat', token, {
          manifestVersion: null,
          appVersion: '0.1.0',
          showing: null,
          storage: null,
          uptimeSeconds: 60,
        }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(judged.sort()).toEqual(screens.map(({ screenId }) => `${screenId}:online`).sort());
  });

  it('shows what each screen reports it is showing, by name', async () => {
    const slide = await m.create('/api/slides', {
      kind: 'message',
      title: 'Dịch vụ công trực tuyến',
      heading: 'DVCTT',
      tags: ['DVCTT'],
    });
    await beat({
      showing: { slideId: slide.id, playlistId: null, state: 'playing' },
      storage: { usage: 95, quota: 100, persisted: true },
      clockTrusted: false,
    });
    const res = await m.editor('GET', '/api/monitoring/screens');
    expect((await res.json()).items[0]).toMatchObject({
      id: screen.screenId,
      state: 'online',
      flags: ['storage_low', 'clock_untrusted'],
      showing: { state: 'playing', slide: { id: slide.id, name: 'Dịch vụ công trực tuyến' } },
      lastSeenAt: '2026-03-02T02:00:00.000Z',
    });
  });

  it('shows the page a screen reports, and none for a player that does not say', async () => {
    const slide = await m.create('/api/slides', {
      kind: 'message',
      title: 'Thủ tục',
      heading: 'Thủ tục',
    });
    await beat({ showing: { slideId: slide.id, playlistId: null, state: 'playing', page: 2 } });
    const paged = await m.editor('GET', '/api/monitoring/screens');
    expect((await paged.json()).items[0].showing).toMatchObject({ page: 2 });
    await beat({ showing: { slideId: slide.id, playlistId: null, state: 'playing' } });
    const unpaged = await m.editor('GET', '/api/monitoring/screens');
    expect((await unpaged.json()).items[0].showing).toMatchObject({ page: null });
  });
});
