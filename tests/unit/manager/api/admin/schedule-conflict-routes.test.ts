import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

// Monday 2026-03-02, 06:00 in Hồ Chí Minh City.
const NOW = Date.parse('2026-03-01T23:00:00Z');
const WEEKDAYS = [1, 2, 3, 4, 5];

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager({ clock: () => NOW });
});
afterEach(() => m.close());

/** The demo's wide office-hours entry, on one screen, and a playlist for a narrower block. */
async function officeHours() {
  const office = await m.create('/api/playlists', { name: 'Giờ làm việc' });
  const opening = await m.create('/api/playlists', { name: 'Giờ mở cửa' });
  const screen = await m.create('/api/screens', { name: 'Sảnh' });
  const wide = await m.create('/api/schedules', {
    name: 'Giờ làm việc',
    playlistId: office.id,
    priority: 10,
    weekdays: WEEKDAYS,
    startTime: '07:00',
    endTime: '17:00',
  });
  return { opening, screen, wide };
}

/** A morning block inside the office hours, playing `playlistId`. */
const morningBlock = (playlistId: string) => ({
  name: 'Sáng',
  playlistId,
  weekdays: WEEKDAYS,
  startTime: '07:30',
  endTime: '11:30',
});

const conflicts = (entry: Record<string, unknown>, id?: string) =>
  m.editor('POST', '/api/schedule-conflicts', { entry, ...(id ? { id } : {}) });

describe('POST /api/schedule-conflicts', () => {
  it('names the wider entry that hides a new block, with every hidden stretch', async () => {
    const { opening, screen, wide } = await officeHours();
    const res = await conflicts(morningBlock(opening.id));
    expect(res.status).toBe(200);
    const { items } = await res.json();
    // Two weeks of weekdays.
    expect(items).toHaveLength(10);
    expect(items[0]).toEqual({
      screenId: screen.id,
      screenName: 'Sảnh',
      timeZone: 'Asia/Ho_Chi_Minh',
      hiddenBy: { id: wide.id, name: 'Giờ làm việc', kind: 'playlist', priority: 10 },
      from: '2026-03-02T00:30:00.000Z',
      to: '2026-03-02T04:30:00.000Z',
    });
  });

  it('shows today whole when asked mid-morning, not cut at the minute asked', async () => {
    await m.close();
    // Monday 2026-03-02, 09:12 in Hồ Chí Minh City, inside the block.
    m = await createTestManager({ clock: () => Date.parse('2026-03-02T02:12:00Z') });
    const { opening } = await officeHours();
    const res = await conflicts(morningBlock(opening.id));
    const { items } = await res.json();
    expect(items).toHaveLength(10);
    expect(items[0]).toMatchObject({
      from: '2026-03-02T00:30:00.000Z',
      to: '2026-03-02T04:30:00.000Z',
    });
    expect(items.at(-1)).toMatchObject({
      from: '2026-03-13T00:30:00.000Z',
      to: '2026-03-13T04:30:00.000Z',
    });
  });

  it('answers nothing once the block outranks the wide entry', async () => {
    const { opening } = await officeHours();
    const res = await conflicts({ ...morningBlock(opening.id), priority: 11 });
    expect((await res.json()).items).toEqual([]);
  });

  it('does not count an entry as hiding itself while it is edited', async () => {
    const { wide } = await officeHours();
    const { id: _id, createdAt: _c, status: _s, published: _p, review: _r, ...fields } = wide;
    const res = await conflicts(fields, wide.id);
    expect((await res.json()).items).toEqual([]);
  });

  it('refuses an invalid entry with a 400 naming the field', async () => {
    const res = await conflicts({ name: 'Sáng', startTime: '07:30' });
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('entry.playlistId');
  });
});

describe('screen timeline overlaps', () => {
  it('lists an entry hidden anywhere within a segment, not only at its middle', async () => {
    const { opening, screen, wide } = await officeHours();
    const lunch = await m.create('/api/schedules', {
      name: 'Nghỉ trưa',
      kind: 'off',
      priority: 20,
      weekdays: WEEKDAYS,
      startTime: '11:30',
      endTime: '13:30',
    });
    const morning = await m.create('/api/schedules', {
      name: 'Sáng',
      playlistId: opening.id,
      weekdays: WEEKDAYS,
      startTime: '07:30',
      endTime: '11:30',
    });
    const res = await m.editor(
      'GET',
      `/api/screens/${screen.id}/timeline?from=2026-03-01T17:00:00Z&to=2026-03-02T17:00:00Z`,
    );
    const { items } = await res.json();
    const byEntry = (id: string) => items.filter((s: { entryId: string }) => s.entryId === id);
    expect(byEntry(wide.id)[0].overlappingEntryIds).toEqual([morning.id]);
    expect(byEntry(lunch.id)[0].overlappingEntryIds).toEqual([wide.id]);
  });
});
