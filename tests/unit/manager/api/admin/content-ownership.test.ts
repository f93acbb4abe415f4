import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

type Client = Awaited<ReturnType<TestManager['userClient']>>;

let m: TestManager;
let g1: { id: string };
let g2: { id: string };
let approver1: Client;
let editor1: Client;
beforeEach(async () => {
  m = await createTestManager();
  g1 = await m.create('/api/groups', { name: 'Một cửa huyện A' });
  g2 = await m.create('/api/groups', { name: 'Một cửa huyện B' });
  await m.create('/api/screens', { name: 'Sảnh A', groupIds: [g1.id] });
  await m.create('/api/screens', { name: 'Sảnh B', groupIds: [g2.id] });
  approver1 = await m.userClient('approver', { login: 'duyet-a', groupIds: [g1.id] });
  editor1 = await m.userClient('editor', { login: 'soan-a', groupIds: [g1.id] });
});
afterEach(() => m.close());

const message = (title: string, owner?: string | null) => ({
  kind: 'message',
  title,
  heading: title,
  ...(owner === undefined ? {} : { ownerGroupId: owner }),
});

/** A slide and its playlist, scheduled on one group's screens only. */
async function shownOn(group: { id: string }, owner: string | null) {
  const slide = await m.create('/api/slides', message('Thông báo', owner));
  const playlist = await m.create('/api/playlists', {
    name: 'Vòng',
    items: [{ slideId: slide.id }],
    ownerGroupId: owner,
  });
  await m.create('/api/schedules', {
    name: 'Cả ngày',
    playlistId: playlist.id,
    target: { groupIds: [group.id] },
  });
  return { slide, playlist };
}

const reasonOf = async (res: Response) => (await res.json()).error.details?.reason;

describe('content ownership', () => {
  it("keeps a G1 approver from changing a slide and playlist shown only on G2's screens", async () => {
    const { slide, playlist } = await shownOn(g2, g1.id);
    const put = await approver1('PUT', `/api/slides/${slide.id}`, message('Sửa'));
    expect(put.status).toBe(403);
    expect(await reasonOf(put)).toBe('shown_outside_groups');
    const list = await approver1('PUT', `/api/playlists/${playlist.id}`, { name: 'Đổi' });
    expect(list.status).toBe(403);
    const stored = await (await m.editor('GET', `/api/slides/${slide.id}`)).json();
    expect(stored.published.title).toBe('Thông báo');
  });

  it("hides another group's content and refuses to delete another group's draft", async () => {
    const editor2 = await m.userClient('editor', { login: 'soan-b', groupIds: [g2.id] });
    const draft = await (await editor2('POST', '/api/slides', message('Nháp B'))).json();
    expect(draft.ownerGroupId).toBe(g2.id);
    expect((await editor1('DELETE', `/api/slides/${draft.id}`)).status).toBe(404);
    expect((await editor1('PUT', `/api/slides/${draft.id}`, message('X'))).status).toBe(404);
    expect((await editor1('POST', `/api/slides/${draft.id}/submit`)).status).toBe(404);
    const listed = await (await editor1('GET', '/api/slides')).json();
    expect(listed.items.map((s: { id: string }) => s.id)).not.toContain(draft.id);
    expect((await editor2('DELETE', `/api/slides/${draft.id}`)).status).toBe(204);
  });

  it('lets a scoped user read shared content but change only what their group owns', async () => {
    const shared = await m.create('/api/slides', message('Chung'));
    expect(shared.ownerGroupId).toBeNull();
    expect((await editor1('GET', `/api/slides/${shared.id}`)).status).toBe(200);
    const put = await editor1('PUT', `/api/slides/${shared.id}`, message('Sửa'));
    expect(put.status).toBe(403);
    expect(await reasonOf(put)).toBe('shared_content');

    const own = await (await editor1('POST', '/api/slides', message('Của A'))).json();
    expect(own.ownerGroupId).toBe(g1.id);
    expect((await editor1('PUT', `/api/slides/${own.id}`, message('Của A, sửa'))).status).toBe(200);
    expect((await editor1('POST', `/api/slides/${own.id}/submit`)).status).toBe(200);
  });

  it('creates only in the user’s own groups', async () => {
    const other = await editor1('POST', '/api/slides', message('B', g2.id));
    expect(other.status).toBe(403);
    expect(await reasonOf(other)).toBe('owner_group');
    const shared = await editor1('POST', '/api/slides', message('Chung', null));
    expect(await reasonOf(shared)).toBe('shared_content');
    const both = await m.userClient('editor', { login: 'hai-nhom', groupIds: [g1.id, g2.id] });
    const unnamed = await both('POST', '/api/slides', message('?'));
    expect(unnamed.status).toBe(400);
    expect((await both('POST', '/api/slides', message('B', g2.id))).status).toBe(201);
  });

  it("lets a G1 approver change G1's content shown only on G1's screens", async () => {
    const { slide } = await shownOn(g1, g1.id);
    const put = await approver1('PUT', `/api/slides/${slide.id}`, message('Sửa'));
    expect(put.status).toBe(200);
    expect((await put.json()).published.title).toBe('Sửa');
  });

  it('scopes hotlines, procedures and media by owner too', async () => {
    const theirs = await m.create('/api/hotlines', {
      label: 'B',
      number: '1022',
      inTicker: false,
      ownerGroupId: g2.id,
    });
    const ticker = await m.create('/api/hotlines', {
      label: 'A',
      number: '1900',
      ownerGroupId: g1.id,
    });
    const ours = await m.create('/api/hotlines', {
      label: 'A2',
      number: '1901',
      inTicker: false,
      ownerGroupId: g1.id,
    });
    const listed = await (await approver1('GET', '/api/hotlines')).json();
    expect(listed.items.map((h: { id: string }) => h.id)).toEqual([ticker.id, ours.id]);
    expect((await approver1('DELETE', `/api/hotlines/${theirs.id}`)).status).toBe(404);
    // The ticker shows it on every screen, G2's included.
    const onTicker = await approver1('DELETE', `/api/hotlines/${ticker.id}`);
    expect(await reasonOf(onTicker)).toBe('shown_outside_groups');
    expect((await approver1('DELETE', `/api/hotlines/${ours.id}`)).status).toBe(204);

    const procedure = await m.create('/api/procedures', {
      code: '1.0001',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      ownerGroupId: g2.id,
    });
    expect((await approver1('GET', `/api/procedures/${procedure.id}`)).status).toBe(404);
  });

  it("treats another group's slide as unknown when a scoped editor names it", async () => {
    const theirs = await m.create('/api/slides', message('Của B', g2.id));
    const res = await editor1('POST', '/api/playlists', {
      name: 'Mượn',
      items: [{ slideId: theirs.id }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details).toEqual([
      { path: 'items.0.slideId', message: 'unknown slide' },
    ]);
    const shared = await m.create('/api/slides', message('Chung'));
    const ok = await editor1('POST', '/api/playlists', {
      name: 'Chung',
      items: [{ slideId: shared.id }],
    });
    expect(ok.status).toBe(201);
  });

  it('refuses to delete a group that still owns content', async () => {
    await m.create('/api/slides', message('Của B', g2.id));
    expect((await m.editor('DELETE', `/api/groups/${g2.id}`)).status).toBe(409);
  });
});
