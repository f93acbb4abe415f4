import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
let office: { id: string };
let otherOffice: { id: string };
let ours: { id: string };
let theirs: { id: string };
let playlist: { id: string };
let editor: Awaited<ReturnType<TestManager['userClient']>>;
beforeEach(async () => {
  m = await createTestManager();
  office = await m.create('/api/groups', { name: 'Một cửa huyện A' });
  otherOffice = await m.create('/api/groups', { name: 'Một cửa huyện B' });
  ours = await m.create('/api/screens', { name: 'Sảnh A', groupIds: [office.id] });
  theirs = await m.create('/api/screens', { name: 'Sảnh B', groupIds: [otherOffice.id] });
  playlist = await m.create('/api/playlists', { name: 'Vòng' });
  editor = await m.userClient('editor', { groupIds: [office.id] });
});
afterEach(() => m.close());

const entry = (target: Record<string, unknown>) => ({
  name: 'Sáng',
  playlistId: playlist.id,
  target,
});

describe('screen groups of an editor', () => {
  it("lists only the screens and groups of the editor's office", async () => {
    const screens = await (await editor('GET', '/api/screens')).json();
    expect(screens.items.map((s: { id: string }) => s.id)).toEqual([ours.id]);
    const groups = await (await editor('GET', '/api/groups')).json();
    expect(groups.items.map((g: { id: string }) => g.id)).toEqual([office.id]);
  });

  it("answers 404 for another office's screen, its preview and its commands", async () => {
    expect((await editor('GET', `/api/screens/${theirs.id}`)).status).toBe(404);
    expect((await editor('GET', `/api/screens/${theirs.id}/preview`)).status).toBe(404);
    const command = await editor('POST', `/api/screens/${theirs.id}/commands`, {
      command: 'reload',
    });
    expect(command.status).toBe(404);
    const mine = await editor('POST', `/api/screens/${ours.id}/commands`, { command: 'reload' });
    expect(mine.status).toBe(202);
  });

  it('drafts schedule entries for its own group and screens only', async () => {
    const own = await editor('POST', '/api/schedules', entry({ groupIds: [office.id] }));
    expect(own.status).toBe(201);
    const screen = await editor('POST', '/api/schedules', entry({ screenIds: [ours.id] }));
    expect(screen.status).toBe(201);
    const other = await editor('POST', '/api/schedules', entry({ groupIds: [otherOffice.id] }));
    expect(other.status).toBe(403);
    expect((await other.json()).error.details).toEqual({ reason: 'screen_groups' });
    const everywhere = await editor('POST', '/api/schedules', entry({ all: true }));
    expect(everywhere.status).toBe(403);
  });

  it("hides another office's entry and refuses to touch an entry for every screen", async () => {
    const theirEntry = await m.create('/api/schedules', entry({ groupIds: [otherOffice.id] }));
    const everywhere = await m.create('/api/schedules', entry({ all: true }));
    const list = await (await editor('GET', '/api/schedules')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([everywhere.id]);
    expect((await editor('GET', `/api/schedules/${theirEntry.id}`)).status).toBe(404);
    const put = await editor('PUT', `/api/schedules/${everywhere.id}`, entry({ all: true }));
    expect(put.status).toBe(403);
    expect((await editor('POST', `/api/schedules/${everywhere.id}/submit`)).status).toBe(403);
  });

  it('keeps an approver of one office from approving for another', async () => {
    const approver = await m.userClient('approver', { login: 'a2', groupIds: [office.id] });
    const unscoped = await m.userClient('editor', { login: 'e2' });
    const draft = await (
      await unscoped('POST', '/api/schedules', entry({ groupIds: [otherOffice.id] }))
    ).json();
    await unscoped('POST', `/api/schedules/${draft.id}/submit`);
    const approve = { revision: draft.revision };
    expect((await approver('POST', `/api/schedules/${draft.id}/approve`, approve)).status).toBe(
      404,
    );
    expect((await approver('GET', '/api/approvals')).ok).toBe(true);
    expect((await (await approver('GET', '/api/approvals')).json()).items).toEqual([]);
  });
});
