import { resolveSchedule } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

// Wednesday 2026-03-04, 09:12:30 in Hồ Chí Minh City.
const NOW = Date.parse('2026-03-04T02:12:30Z');

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager({ clock: () => NOW });
});
afterEach(() => m.close());

const everywhere = { all: true, screenIds: [], groupIds: [] };

async function manifestOf(token: string) {
  return (await m.device('GET', '/api/device/manifest', token)).json();
}

/** What the screen's own manifest plays at an instant, as its player would resolve it. */
async function playsAt(token: string, instant: number) {
  const manifest = await manifestOf(token);
  return resolveSchedule(
    manifest.schedule,
    { ...manifest.screen, id: manifest.screen.id },
    instant,
  );
}

describe('POST /api/urgent-notices', () => {
  it("publishes an admin's notice at once, interrupting from now until its end", async () => {
    const { token } = await m.pairScreen('Sảnh');
    const res = await m.editor('POST', '/api/urgent-notices', {
      text: 'Mất điện khu vực tiếp dân',
      target: everywhere,
    });
    expect(res.status).toBe(201);
    const notice = await res.json();
    expect(notice).toMatchObject({
      status: 'published',
      startsAt: '2026-03-04T02:12:30.000Z',
      endsAt: '2026-03-04T02:42:30.000Z',
    });
    const manifest = await manifestOf(token);
    expect(manifest.slides.map((s: { id: string }) => s.id)).toContain(notice.slideId);
    const during = await playsAt(token, NOW + 60_000);
    expect(during).toMatchObject({ reason: 'interrupt', entryId: notice.id });
    expect(during.nextChangeAt).toBe(Date.parse(notice.endsAt));
    expect(await playsAt(token, Date.parse(notice.endsAt))).not.toMatchObject({
      reason: 'interrupt',
    });
    // Drawn from the minute it was sent, not from the start of the day.
    expect((await playsAt(token, NOW - 60_000)).reason).not.toBe('interrupt');
  });

  it('starts at once on every screen it reaches, whatever their time zones', async () => {
    // Made first, so its local "now" (09:12) would be read for Berlin's too (03:12 there).
    const screenIn = async (name: string, timeZone: string) => {
      const res = await m.editor('POST', '/api/screens', { name, timeZone });
      return m.pairScreen(name, { screenId: (await res.json()).id });
    };
    const east = await screenIn('Sảnh', 'Asia/Ho_Chi_Minh');
    const west = await screenIn('Văn phòng Berlin', 'Europe/Berlin');
    const res = await m.editor('POST', '/api/urgent-notices', {
      text: 'Mất điện khu vực tiếp dân',
      target: everywhere,
    });
    const notice = await res.json();
    for (const { token } of [east, west]) {
      expect(await playsAt(token, NOW + 60_000)).toMatchObject({
        reason: 'interrupt',
        entryId: notice.id,
      });
    }
  });

  it('tells the screens it reaches at once', async () => {
    const { screenId } = await m.pairScreen('Sảnh');
    const heard: string[] = [];
    m.hub.subscribe(screenId, { send: () => heard.push(screenId), close: () => {} });
    await m.editor('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere });
    expect(heard).toEqual([screenId]);
  });

  it('ends at the end time given instead of a duration', async () => {
    const res = await m.editor('POST', '/api/urgent-notices', {
      text: 'Khẩn',
      target: everywhere,
      endsAt: '2026-03-04T05:00:00Z',
    });
    expect((await res.json()).endsAt).toBe('2026-03-04T05:00:00.000Z');
  });

  it("sends an editor's notice to approval, marked urgent and listed first", async () => {
    const editor = await m.userClient('editor');
    const older = await editor('POST', '/api/slides', {
      kind: 'message',
      title: 'Cũ',
      heading: 'Cũ',
    });
    await editor('POST', `/api/slides/${(await older.json()).id}/submit`);
    const res = await editor('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere });
    expect(res.status).toBe(201);
    const notice = await res.json();
    expect(notice.status).toBe('pending');
    const approver = await m.userClient('approver');
    const { items } = await (await approver('GET', '/api/approvals')).json();
    expect(items.map((i: { id: string; urgent: boolean }) => [i.id, i.urgent])).toEqual([
      [notice.slideId, true],
      [notice.playlistId, true],
      [notice.id, true],
      [expect.any(String), false],
    ]);
  });

  it.each([
    [{ target: everywhere }, 'text'],
    [{ text: 'Khẩn', target: { all: false, screenIds: [], groupIds: [] } }, 'target'],
    [{ text: 'Khẩn', target: everywhere, durationMinutes: 0 }, 'durationMinutes'],
    [
      { text: 'Khẩn', target: everywhere, durationMinutes: 30, endsAt: '2026-03-04T05:00:00Z' },
      'endsAt',
    ],
    [{ text: 'Khẩn', target: everywhere, endsAt: '2026-03-04T01:00:00Z' }, 'endsAt'],
    [{ text: 'Khẩn', target: everywhere, endsAt: 'soon' }, 'endsAt'],
    [
      { text: 'Khẩn', target: { all: false, screenIds: ['ghost'], groupIds: [] } },
      'target.screenIds.0',
    ],
    [{ text: 'Khẩn', target: everywhere, imageSha256: 'a'.repeat(64) }, 'imageSha256'],
  ])('refuses %o with a 400 naming %s', async (body, path) => {
    const res = await m.editor('POST', '/api/urgent-notices', body);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses a viewer', async () => {
    const viewer = await m.userClient('viewer');
    const res = await viewer('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere });
    expect(res.status).toBe(403);
  });

  it('keeps a group-scoped editor to their own screens', async () => {
    const group = await m.create('/api/groups', { name: 'Tầng 1' });
    const editor = await m.userClient('editor', { groupIds: [group.id] });
    const res = await editor('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere });
    expect(res.status).toBe(403);
  });

  it('records who sent it in the audit log', async () => {
    const notice = await (
      await m.editor('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere })
    ).json();
    const { items } = await (await m.editor('GET', '/api/audit?resource=urgent_notices')).json();
    expect(items[0]).toMatchObject({ action: 'create', resourceId: notice.id });
  });
});

describe('POST /api/urgent-notices/{id}/approve', () => {
  /** An editor's notice, and the revisions its three parts show in the approval queue. */
  async function pendingNotice() {
    const editor = await m.userClient('editor');
    const notice = await (
      await editor('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere })
    ).json();
    const approver = await m.userClient('approver');
    const { items } = await (await approver('GET', '/api/approvals')).json();
    const revisionOf = (id: string) =>
      items.find((item: { id: string }) => item.id === id).revision as number;
    const revisions = {
      slide: revisionOf(notice.slideId),
      playlist: revisionOf(notice.playlistId),
      entry: revisionOf(notice.id),
    };
    return { notice, revisions, approver, editor };
  }

  it('publishes the slide, playlist and entry in one action, each audited', async () => {
    const { token } = await m.pairScreen('Sảnh');
    const { notice, revisions, approver } = await pendingNotice();
    const res = await approver('POST', `/api/urgent-notices/${notice.id}/approve`, { revisions });
    expect(res.status).toBe(204);
    expect((await playsAt(token, NOW + 60_000)).entryId).toBe(notice.id);
    const { items } = await (await approver('GET', '/api/approvals')).json();
    expect(items).toEqual([]);
    const { items: audit } = await (await m.editor('GET', '/api/audit?action=approve')).json();
    expect(audit.map((a: { resource: string; resourceId: string }) => a.resourceId).sort()).toEqual(
      [notice.id, notice.playlistId, notice.slideId].sort(),
    );
  });

  it('publishes nothing when one part changed after the approver looked', async () => {
    const { token } = await m.pairScreen('Sảnh');
    const { notice, revisions, approver } = await pendingNotice();
    const res = await approver('POST', `/api/urgent-notices/${notice.id}/approve`, {
      revisions: { ...revisions, entry: revisions.entry + 1 },
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.details).toMatchObject({ reason: 'revision_changed' });
    expect((await playsAt(token, NOW + 60_000)).reason).not.toBe('interrupt');
    const { items } = await (await approver('GET', '/api/approvals')).json();
    expect(items).toHaveLength(3);
  });

  it('refuses an editor, and answers 404 for an entry that is not an urgent notice', async () => {
    const { notice, revisions, editor } = await pendingNotice();
    const body = { revisions };
    expect((await editor('POST', `/api/urgent-notices/${notice.id}/approve`, body)).status).toBe(
      403,
    );
    expect((await m.editor('POST', '/api/urgent-notices/nothing/approve', body)).status).toBe(404);
  });
});

describe('DELETE /api/urgent-notices/{id}', () => {
  it('withdraws the notice with its playlist and slide, and the screens stop showing it', async () => {
    const { token } = await m.pairScreen('Sảnh');
    const notice = await (
      await m.editor('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere })
    ).json();
    expect((await m.editor('DELETE', `/api/urgent-notices/${notice.id}`)).status).toBe(204);
    expect((await playsAt(token, NOW + 60_000)).reason).not.toBe('interrupt');
    for (const path of [
      `schedules/${notice.id}`,
      `playlists/${notice.playlistId}`,
      `slides/${notice.slideId}`,
    ]) {
      expect((await m.editor('GET', `/api/${path}`)).status).toBe(404);
    }
  });

  it('keeps a playlist that something else still uses', async () => {
    const notice = await (
      await m.editor('POST', '/api/urgent-notices', { text: 'Khẩn', target: everywhere })
    ).json();
    await m.editor('PUT', '/api/settings', {
      agencyName: 'Sở',
      defaultPlaylistId: notice.playlistId,
    });
    expect((await m.editor('DELETE', `/api/urgent-notices/${notice.id}`)).status).toBe(204);
    expect((await m.editor('GET', `/api/playlists/${notice.playlistId}`)).status).toBe(200);
  });

  it("lets an editor withdraw their own notice but not someone else's", async () => {
    const editor = await m.userClient('editor');
    const own = await (
      await editor('POST', '/api/urgent-notices', { text: 'Của tôi', target: everywhere })
    ).json();
    const other = await (
      await m.editor('POST', '/api/urgent-notices', { text: 'Của quản trị', target: everywhere })
    ).json();
    expect((await editor('DELETE', `/api/urgent-notices/${other.id}`)).status).toBe(403);
    expect((await editor('DELETE', `/api/urgent-notices/${own.id}`)).status).toBe(204);
  });

  it('answers 404 for an entry that is not an urgent notice', async () => {
    const playlist = await m.create('/api/playlists', { name: 'P' });
    const entry = await m.create('/api/schedules', { name: 'Lịch', playlistId: playlist.id });
    expect((await m.editor('DELETE', `/api/urgent-notices/${entry.id}`)).status).toBe(404);
    expect((await m.editor('DELETE', '/api/urgent-notices/nothing')).status).toBe(404);
  });
});
