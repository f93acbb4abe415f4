import type { PlayRecord } from '@bangtin/shared';
import { expect } from 'vitest';
import type { TestManager } from '../../../helpers/manager-app.js';
import { batches, loopPlays } from './generate-plays.js';

/**
 * Three screens and known schedules (times in Hà Nội, UTC+7):
 * - A (group Tầng 1) loops P1 = [CCHC, CCHC+DVCTT, hotline] 07:00–17:00 on 2 and 3 March 2026;
 * - B (group Tầng 1) loops P1 07:00–11:00 then P2 = [untagged] 11:00–12:00 on 2 March;
 * - C (no group) loops P2 from 23:00 on 31 March to 01:00 on 1 April (across the quarter).
 * Every slide shows 10 s.
 */
export async function seedDepartment(m: TestManager) {
  const slide = (title: string, tags: string[]) =>
    m.create('/api/slides', { kind: 'message', title, heading: title, tags });
  const s1 = await slide('Cải cách hành chính', ['CCHC']);
  const s2 = await slide('Dịch vụ công trực tuyến', ['CCHC', 'DVCTT']);
  const s3 = await slide('Đường dây nóng', ['hotline']);
  const s4 = await slide('Giờ làm việc', []);
  const p1 = await m.create('/api/playlists', {
    name: 'Tuyên truyền CCHC',
    items: [s1, s2, s3].map((s) => ({ slideId: s.id, durationSeconds: 10 })),
  });
  const p2 = await m.create('/api/playlists', {
    name: 'Thông báo',
    items: [{ slideId: s4.id, durationSeconds: 10 }],
  });
  const floor = await m.create('/api/groups', { name: 'Tầng 1' });
  const a = await m.pairScreen('Màn hình A');
  const b = await m.pairScreen('Màn hình B');
  const c = await m.pairScreen('Màn hình C');
  for (const [screen, name] of [
    [a, 'Màn hình A'],
    [b, 'Màn hình B'],
  ] as const) {
    await m.editor('PUT', `/api/screens/${screen.screenId}`, { name, groupIds: [floor.id] });
  }
  const P1 = [s1.id, s2.id, s3.id];
  const plays = {
    a: [
      ...loopPlays(P1, p1.id, '2026-03-02T00:00:00Z', '2026-03-02T10:00:00Z'),
      ...loopPlays(P1, p1.id, '2026-03-03T00:00:00Z', '2026-03-03T10:00:00Z'),
    ],
    b: [
      ...loopPlays(P1, p1.id, '2026-03-02T00:00:00Z', '2026-03-02T04:00:00Z'),
      ...loopPlays([s4.id], p2.id, '2026-03-02T04:00:00Z', '2026-03-02T05:00:00Z'),
    ],
    c: loopPlays([s4.id], p2.id, '2026-03-31T16:00:00Z', '2026-03-31T18:00:00Z'),
  };
  return { slides: { s1, s2, s3, s4 }, playlists: { p1, p2 }, floor, screens: { a, b, c }, plays };
}

/**
 * Uploads plays the way the player does: batches of 500 with the screen's token, after recording
 * that the screen was sent the version and slides they name.
 */
export async function upload(
  m: TestManager,
  screen: { token: string; screenId: string },
  plays: readonly PlayRecord[],
) {
  const { token, screenId } = screen;
  await m.recordServed(screenId, 'v1', [...new Set(plays.map((play) => play.slideId))]);
  for (const batch of batches(plays)) {
    const res = await m.device('POST', '/api/device/plays', token, { plays: batch });
    expect(res.status).toBe(200);
  }
}

export async function seedAndUpload(m: TestManager) {
  const department = await seedDepartment(m);
  const { screens, plays } = department;
  await upload(m, screens.a, plays.a);
  await upload(m, screens.b, plays.b);
  await upload(m, screens.c, plays.c);
  return department;
}
