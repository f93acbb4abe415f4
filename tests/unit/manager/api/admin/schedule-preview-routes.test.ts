import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('screen preview', () => {
  it("answers the screen's default playlist when nothing is scheduled", async () => {
    const playlist = await m.create('/api/playlists', { name: 'Vòng chính' });
    const screen = await m.create('/api/screens', { name: 'Sảnh', defaultPlaylistId: playlist.id });
    const res = await m.editor('GET', `/api/screens/${screen.id}/preview?at=2026-03-02T08:00:00Z`);
    expect(res.status).toBe(200);
    const preview = await res.json();
    expect(preview).toMatchObject({
      at: '2026-03-02T08:00:00.000Z',
      state: 'playing',
      playlistId: playlist.id,
      reason: 'default',
    });
    expect(preview.nextChangeAt).toBeNull();
  });

  it('refuses an instant that is not ISO 8601, naming the parameter', async () => {
    const screen = await m.create('/api/screens', { name: 'Sảnh' });
    const res = await m.editor('GET', `/api/screens/${screen.id}/preview?at=tomorrow`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe('at');
  });

  it('answers 404 for an unknown screen', async () => {
    expect((await m.editor('GET', '/api/screens/nobody/preview')).status).toBe(404);
  });
});

const message = (heading: string) => ({ kind: 'message', title: heading, heading });

/** A screen in a group, with a default playlist and an office-hours playlist for the group. */
async function officeHours() {
  const group = await m.create('/api/groups', { name: 'Tầng 1' });
  const daytime = await m.create('/api/playlists', { name: 'Mặc định' });
  const office = await m.create('/api/playlists', { name: 'Giờ làm việc' });
  const screen = await m.create('/api/screens', {
    name: 'Sảnh',
    groupIds: [group.id],
    defaultPlaylistId: daytime.id,
  });
  const entry = await m.create('/api/schedules', {
    name: 'Sáng thứ Hai',
    playlistId: office.id,
    target: { all: false, screenIds: [], groupIds: [group.id] },
    weekdays: [1],
    startTime: '07:00',
    endTime: '11:30',
  });
  return { group, daytime, office, screen, entry };
}

describe('screen preview with a schedule', () => {
  it('answers the scheduled playlist and when it ends, in the screen time zone', async () => {
    const { office, screen, entry } = await officeHours();
    // 2026-03-02 is a Monday; 08:00 in Hồ Chí Minh City is 01:00 UTC.
    const res = await m.editor('GET', `/api/screens/${screen.id}/preview?at=2026-03-02T01:00:00Z`);
    expect(await res.json()).toMatchObject({
      state: 'playing',
      playlistId: office.id,
      entryId: entry.id,
      reason: 'scheduled',
      nextChangeAt: '2026-03-02T04:30:00.000Z',
    });
  });

  it('tells the editor which entries an overlap hid', async () => {
    const { screen, entry } = await officeHours();
    const urgent = await m.create('/api/playlists', { name: 'Khẩn' });
    const notice = await m.create('/api/schedules', {
      name: 'Thông báo khẩn',
      kind: 'interrupt',
      playlistId: urgent.id,
      expiresAt: '2026-03-02T02:00:00Z',
    });
    const res = await m.editor('GET', `/api/screens/${screen.id}/preview?at=2026-03-02T01:00:00Z`);
    expect(await res.json()).toMatchObject({
      entryId: notice.id,
      reason: 'interrupt',
      overlappingEntryIds: [entry.id],
      nextChangeAt: '2026-03-02T02:00:00.000Z',
    });
  });
});

describe('screen timeline', () => {
  it('answers a week as segments that say what plays and why', async () => {
    const { daytime, office, screen } = await officeHours();
    const res = await m.editor(
      'GET',
      `/api/screens/${screen.id}/timeline?from=2026-03-01T17:00:00Z&to=2026-03-08T17:00:00Z`,
    );
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toEqual([
      expect.objectContaining({
        from: '2026-03-01T17:00:00.000Z',
        to: '2026-03-02T00:00:00.000Z',
        playlistId: daytime.id,
        reason: 'default',
      }),
      expect.objectContaining({
        from: '2026-03-02T00:00:00.000Z',
        to: '2026-03-02T04:30:00.000Z',
        playlistId: office.id,
        playlistName: 'Giờ làm việc',
        entryName: 'Sáng thứ Hai',
        reason: 'scheduled',
      }),
      expect.objectContaining({
        from: '2026-03-02T04:30:00.000Z',
        to: '2026-03-08T17:00:00.000Z',
        reason: 'default',
      }),
    ]);
  });

  it('refuses a range that ends before it starts, naming to', async () => {
    const { screen } = await officeHours();
    const res = await m.editor(
      'GET',
      `/api/screens/${screen.id}/timeline?from=2026-03-08T00:00:00Z&to=2026-03-01T00:00:00Z`,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe('to');
  });

  it('refuses a range longer than two months', async () => {
    const { screen } = await officeHours();
    const res = await m.editor(
      'GET',
      `/api/screens/${screen.id}/timeline?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z`,
    );
    expect(res.status).toBe(400);
  });
});

describe('schedule writes', () => {
  it.each([
    [{ startDate: '2026-05-02', endDate: '2026-05-01' }, 'endDate'],
    [{ rrule: 'FREQ=SOMETIMES' }, 'rrule'],
    [{ playlistId: 'no-such-playlist' }, 'playlistId'],
    [{ target: { all: false, screenIds: ['ghost'], groupIds: [] } }, 'target.screenIds.0'],
  ])('refuses %o with a 400 naming %s', async (fields, path) => {
    const playlist = await m.create('/api/playlists', { name: 'P' });
    const res = await m.editor('POST', '/api/schedules', {
      name: 'Lịch',
      playlistId: playlist.id,
      ...fields,
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it.each([
    ['FREQ=DAILY;COUNT=3;UNTIL=20261231', 'COUNT'],
    ['FREQ=MONTHLY;BYWEEKNO=1', 'BYWEEKNO'],
    ['FREQ=WEEKLY;BYYEARDAY=1', 'BYYEARDAY'],
    ['FREQ=DAILY;BYYEARDAY=1', 'BYYEARDAY'],
    ['FREQ=MONTHLY;BYYEARDAY=1', 'BYYEARDAY'],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'BYMONTHDAY'],
    ['FREQ=WEEKLY;BYDAY=MO;BYDAY=TU', 'BYDAY'],
    ['FREQ=DAILY;UNTIL=20261399', 'UNTIL'],
  ])('refuses the RRULE %s, which RFC 5545 forbids, with a 400 naming %s', async (rrule, part) => {
    const playlist = await m.create('/api/playlists', { name: 'P' });
    const res = await m.editor('POST', '/api/schedules', {
      name: 'Lịch',
      playlistId: playlist.id,
      startDate: '2026-01-01',
      rrule,
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    const issue = error.details.find((d: { path: string }) => d.path === 'rrule');
    expect(issue.message).toContain(part);
  });

  it('refuses COUNT without a start date to count from, naming COUNT', async () => {
    const playlist = await m.create('/api/playlists', { name: 'P' });
    const res = await m.editor('POST', '/api/schedules', {
      name: 'Lịch',
      playlistId: playlist.id,
      rrule: 'FREQ=DAILY;COUNT=3',
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.details).toContainEqual({
      path: 'rrule',
      message: 'COUNT needs a start date to count from',
      rule: { code: 'needs_start', part: 'COUNT' },
    });
    const dated = await m.editor('POST', '/api/schedules', {
      name: 'Lịch',
      playlistId: playlist.id,
      startDate: '2026-01-01',
      rrule: 'FREQ=DAILY;COUNT=3',
    });
    expect(dated.status).toBe(201);
  });

  it('refuses a screen in an unknown time zone, naming timeZone', async () => {
    const res = await m.editor('POST', '/api/screens', { name: 'Sảnh', timeZone: 'Mars/Olympus' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe('timeZone');
  });

  it('announces a new manifest only to the screens in the group an entry targets', async () => {
    const slide = await m.create('/api/slides', message('A'));
    const playlist = await m.create('/api/playlists', {
      name: 'P',
      items: [{ slideId: slide.id }],
    });
    const group = await m.create('/api/groups', { name: 'Tầng 2' });
    const inside = await m.pairScreen('Trong nhóm');
    const outside = await m.pairScreen('Ngoài nhóm');
    await m.editor('PUT', `/api/screens/${inside.screenId}`, {
      name: 'Trong nhóm',
      groupIds: [group.id],
    });
    const heard: string[] = [];
    for (const screenId of [inside.screenId, outside.screenId]) {
      m.hub.subscribe(screenId, { send: () => heard.push(screenId), close: () => {} });
      // As the events route does, an opening stream is told the version first.
      m.manifests.version(screenId);
    }
    await m.create('/api/schedules', {
      name: 'Chỉ tầng 2',
      playlistId: playlist.id,
      target: { all: false, screenIds: [], groupIds: [group.id] },
    });
    expect(heard).toEqual([inside.screenId]);
  });
});
