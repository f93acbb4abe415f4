import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';
import { seedAndUpload, upload } from './department.js';

let m: TestManager;
let department: Awaited<ReturnType<typeof seedAndUpload>>;

// The department's plays are uploaded once; each test only reads (the dedup test re-sends).
beforeAll(async () => {
  m = await createTestManager({ clock: () => Date.parse('2026-04-02T02:00:00Z') });
  department = await seedAndUpload(m);
});
afterEach(async () => {
  await m.monitor.settled();
});
afterAll(() => m.close());

const report = async (query: string) => {
  const res = await m.editor('GET', `/api/reports/plays?${query}`);
  expect(res.status).toBe(200);
  return res.json();
};
const TEN_S = 10_000;

describe('proof-of-play reports', () => {
  it('counts plays, time on screen and screens reached per tag over the quarter', async () => {
    const q1 = await report('period=quarter&quarter=2026-Q1&by=tag');
    expect(q1.period).toEqual({ from: '2026-01-01', to: '2026-03-31', label: 'Quý I năm 2026' });
    const byTag = Object.fromEntries(
      q1.rows.map((row: { item: { name: string }; plays: number; screensReached: number }) => [
        row.item.name,
        [row.plays, row.screensReached],
      ]),
    );
    // A: 2 days × 3,600 plays of P1; B: 1,440 of P1 and 360 of P2; C: 360 before midnight.
    expect(byTag).toEqual({
      CCHC: [4_800 + 960, 2],
      DVCTT: [2_400 + 480, 2],
      hotline: [2_400 + 480, 2],
      '(Chưa gắn thẻ)': [360 + 360, 2],
    });
    expect(q1.totals).toEqual({
      plays: 9_360,
      durationMs: 9_360 * TEN_S,
      screensReached: 3,
    });
  });

  it('counts a play in the local day it started, across the quarter boundary', async () => {
    const q2 = await report('period=quarter&quarter=2026-Q2');
    expect(q2.totals).toEqual({ plays: 360, durationMs: 360 * TEN_S, screensReached: 1 });
    const day = await report('period=day&date=2026-03-03');
    expect(day.totals.plays).toBe(3_600);
  });

  it('breaks the month down per screen and slide, and per group and playlist', async () => {
    const { screens, slides } = department;
    const perScreen = await report(
      `period=month&month=2026-03&per=screen&screenId=${screens.b.screenId}`,
    );
    expect(
      perScreen.rows.map((r: { scope: { name: string }; item: { id: string }; plays: number }) => [
        r.scope.name,
        r.item.id,
        r.plays,
      ]),
    ).toEqual(
      [
        ['Màn hình B', slides.s1.id, 480],
        ['Màn hình B', slides.s2.id, 480],
        ['Màn hình B', slides.s3.id, 480],
        ['Màn hình B', slides.s4.id, 360],
      ].sort((x, y) => (y[2] as number) - (x[2] as number) || 0),
    );
    const perGroup = await report('period=month&month=2026-03&per=group&by=playlist');
    const cells = perGroup.rows.map(
      (r: {
        scope: { name: string };
        item: { name: string };
        plays: number;
        screensReached: number;
      }) => `${r.scope.name}|${r.item.name}|${r.plays}|${r.screensReached}`,
    );
    expect(cells.sort()).toEqual(
      [
        '(Không thuộc nhóm)|Thông báo|360|1',
        'Tầng 1|Thông báo|360|1',
        'Tầng 1|Tuyên truyền CCHC|8640|2',
      ].sort(),
    );
  });

  it('filters by tag over a custom period', async () => {
    const res = await report('period=custom&from=2026-03-02&to=2026-03-02&by=slide&tag=DVCTT');
    expect(res.rows).toEqual([
      expect.objectContaining({
        item: {
          id: department.slides.s2.id,
          name: 'Dịch vụ công trực tuyến',
          tags: ['CCHC', 'DVCTT'],
        },
        plays: 1_200 + 480,
        screensReached: 2,
      }),
    ]);
  });

  it('counts a batch sent again only once', async () => {
    const before = (await report('period=quarter&quarter=2026-Q1')).totals;
    const again = department.plays.b.slice(0, 500);
    const res = await m.device('POST', '/api/device/plays', department.screens.b.token, {
      plays: again,
    });
    expect(await res.json()).toEqual({ accepted: 0, duplicates: 500, rejected: 0 });
    await upload(m, department.screens.a, department.plays.a.slice(-700));
    expect((await report('period=quarter&quarter=2026-Q1')).totals).toEqual(before);
  });

  it('draws plays over time with a point for every day', async () => {
    const res = await m.editor('GET', '/api/reports/plays/series?period=month&month=2026-03');
    const series = await res.json();
    expect(series.bucket).toBe('day');
    expect(series.points).toHaveLength(31);
    const byDay = Object.fromEntries(
      series.points.map((p: { start: string; plays: number }) => [p.start, p.plays]),
    );
    expect(byDay['2026-03-02']).toBe(3_600 + 1_800);
    expect(byDay['2026-03-03']).toBe(3_600);
    expect(byDay['2026-03-31']).toBe(360);
    expect(byDay['2026-03-04']).toBe(0);
    const quarter = await (
      await m.editor('GET', '/api/reports/plays/series?period=quarter&quarter=2026-Q1')
    ).json();
    expect(
      quarter.points.map((p: { label: string; plays: number }) => `${p.label}:${p.plays}`),
    ).toEqual(['01/2026:0', '02/2026:0', '03/2026:9360']);
  });

  it.each([
    ['period=quarter', 'quarter'],
    ['period=quarter&quarter=2026-Q5', 'quarter'],
    ['period=custom&from=2026-03-02&to=2026-03-01', 'to'],
    ['period=week', 'period'],
  ])('refuses %s with invalid_input naming %s', async (query, path) => {
    const res = await m.editor('GET', `/api/reports/plays?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details[0].path).toBe(path);
  });
});
