import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
let editor: Awaited<ReturnType<TestManager['userClient']>>;
let approver: Awaited<ReturnType<TestManager['userClient']>>;
beforeEach(async () => {
  m = await createTestManager();
  editor = await m.userClient('editor');
  approver = await m.userClient('approver');
});
afterEach(() => m.close());

const message = (title: string) => ({ kind: 'message', title, heading: title });

/** What the screen's manifest offers now. */
async function manifestOf(token: string) {
  return (await m.device('GET', '/api/device/manifest', token)).json();
}

/** A paired screen whose default playlist (published by the admin) holds one slide. */
async function screenShowing() {
  const slide = await m.create('/api/slides', message('Đã duyệt'));
  const playlist = await m.create('/api/playlists', {
    name: 'Vòng chính',
    items: [{ slideId: slide.id }],
  });
  await m.editor('PUT', '/api/settings', { agencyName: 'Sở', defaultPlaylistId: playlist.id });
  return { ...(await m.pairScreen()), slide, playlist };
}

describe('approval before publication', () => {
  it("publishes an admin's write at once", async () => {
    const slide = await m.create('/api/slides', message('A'));
    expect(slide).toMatchObject({ status: 'published', published: { title: 'A' } });
  });

  it("keeps an editor's new slide a draft that no manifest carries", async () => {
    const { token } = await screenShowing();
    const res = await editor('POST', '/api/slides', message('Nháp'));
    expect(res.status).toBe(201);
    const draft = await res.json();
    expect(draft).toMatchObject({ status: 'draft', published: null, title: 'Nháp' });
    const manifest = await manifestOf(token);
    expect(manifest.slides.map((s: { id: string }) => s.id)).not.toContain(draft.id);
  });

  it("shows an editor's change to a published slide only after approval", async () => {
    const { token, slide } = await screenShowing();
    const before = await manifestOf(token);
    const put = await editor('PUT', `/api/slides/${slide.id}`, message('Sửa đổi'));
    expect(await put.json()).toMatchObject({
      status: 'draft',
      title: 'Sửa đổi',
      published: { title: 'Đã duyệt' },
    });
    expect((await manifestOf(token)).version).toBe(before.version);

    const submitted = await editor('POST', `/api/slides/${slide.id}/submit`);
    expect(submitted.status).toBe(200);
    const { revision } = await submitted.json();
    expect((await manifestOf(token)).version).toBe(before.version);

    const approved = await approver('POST', `/api/slides/${slide.id}/approve`, { revision });
    expect(await approved.json()).toMatchObject({
      status: 'published',
      published: { title: 'Sửa đổi' },
      review: { submittedBy: editor.user.id, reviewedBy: approver.user.id },
    });
    const after = await manifestOf(token);
    expect(after.version).not.toBe(before.version);
    expect(after.slides[0].title).toBe('Sửa đổi');
  });

  it('never lets an editor approve, even their own draft', async () => {
    const draft = await (await editor('POST', '/api/slides', message('Tự duyệt'))).json();
    await editor('POST', `/api/slides/${draft.id}/submit`);
    const res = await editor('POST', `/api/slides/${draft.id}/approve`, { revision: 1 });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });

  it('lists the queue with the published and the draft version and what changed', async () => {
    const { slide } = await screenShowing();
    await editor('PUT', `/api/slides/${slide.id}`, { ...message('Đã duyệt'), body: 'Mới' });
    await editor('POST', `/api/slides/${slide.id}/submit`);
    const queue = await (await approver('GET', '/api/approvals')).json();
    expect(queue.items).toEqual([
      expect.objectContaining({
        resource: 'slides',
        id: slide.id,
        label: 'Đã duyệt',
        status: 'pending',
        before: expect.objectContaining({ body: '' }),
        after: expect.objectContaining({ body: 'Mới' }),
        changedFields: ['body'],
        submittedBy: { id: editor.user.id, login: 'editor', name: '' },
      }),
    ]);
  });

  it('returns a draft with a comment; screens keep the published version', async () => {
    const { slide, token } = await screenShowing();
    await editor('PUT', `/api/slides/${slide.id}`, message('Sai chính tả'));
    const { revision } = await (await editor('POST', `/api/slides/${slide.id}/submit`)).json();
    const res = await approver('POST', `/api/slides/${slide.id}/return`, {
      comment: 'Sửa lỗi chính tả',
      revision,
    });
    expect(await res.json()).toMatchObject({
      status: 'draft',
      review: { comment: 'Sửa lỗi chính tả', reviewedBy: approver.user.id },
    });
    expect((await manifestOf(token)).slides[0].title).toBe('Đã duyệt');
    expect((await approver('GET', '/api/approvals')).ok).toBe(true);
    const drafts = await (await approver('GET', '/api/approvals?status=draft')).json();
    expect(drafts.items[0].review.comment).toBe('Sửa lỗi chính tả');
  });

  it('publishes only the revision the approver reviewed: a later change answers 409', async () => {
    const { slide, token } = await screenShowing();
    await editor('PUT', `/api/slides/${slide.id}`, message('Bản đã xem'));
    await editor('POST', `/api/slides/${slide.id}/submit`);
    const [shown] = (await (await approver('GET', '/api/approvals')).json()).items;
    expect(shown.after.title).toBe('Bản đã xem');

    await editor('PUT', `/api/slides/${slide.id}`, message('Bản đổi sau'));
    await editor('POST', `/api/slides/${slide.id}/submit`);
    const res = await approver('POST', `/api/slides/${slide.id}/approve`, {
      revision: shown.revision,
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.details).toMatchObject({ reason: 'revision_changed' });
    const back = await approver('POST', `/api/slides/${slide.id}/return`, {
      comment: 'Xem lại',
      revision: shown.revision,
    });
    expect(back.status).toBe(409);
    const stored = await (await approver('GET', `/api/slides/${slide.id}`)).json();
    expect(stored).toMatchObject({ status: 'pending', published: { title: 'Đã duyệt' } });
    expect((await manifestOf(token)).slides[0].title).toBe('Đã duyệt');
  });

  it('refuses to return without a comment', async () => {
    const draft = await (await editor('POST', '/api/slides', message('A'))).json();
    await editor('POST', `/api/slides/${draft.id}/submit`);
    const res = await approver('POST', `/api/slides/${draft.id}/return`, {
      comment: ' ',
      revision: draft.revision,
    });
    expect(res.status).toBe(400);
  });

  it('takes a pending draft out of the queue when its editor changes it again', async () => {
    const draft = await (await editor('POST', '/api/slides', message('A'))).json();
    await editor('POST', `/api/slides/${draft.id}/submit`);
    await editor('PUT', `/api/slides/${draft.id}`, message('B'));
    expect((await (await approver('GET', '/api/approvals')).json()).items).toEqual([]);
  });

  it('answers 409 to submitting twice and to approving what is published', async () => {
    const draft = await (await editor('POST', '/api/slides', message('A'))).json();
    await editor('POST', `/api/slides/${draft.id}/submit`);
    expect((await editor('POST', `/api/slides/${draft.id}/submit`)).status).toBe(409);
    const approve = { revision: draft.revision };
    await approver('POST', `/api/slides/${draft.id}/approve`, approve);
    expect((await approver('POST', `/api/slides/${draft.id}/approve`, approve)).status).toBe(409);
  });

  it('refuses to approve a playlist whose slide is not published yet', async () => {
    const slide = await (await editor('POST', '/api/slides', message('Nháp'))).json();
    const playlist = await (
      await editor('POST', '/api/playlists', { name: 'P', items: [{ slideId: slide.id }] })
    ).json();
    const approve = { revision: playlist.revision };
    const res = await approver('POST', `/api/playlists/${playlist.id}/approve`, approve);
    expect(res.status).toBe(409);
    expect((await res.json()).error.details).toEqual([
      { path: 'items.0.slideId', message: 'not published yet' },
    ]);
    await approver('POST', `/api/slides/${slide.id}/approve`, { revision: slide.revision });
    expect((await approver('POST', `/api/playlists/${playlist.id}/approve`, approve)).status).toBe(
      200,
    );
  });

  it('lets a draft schedule entry name a draft playlist, approved only after the playlist', async () => {
    const slide = await m.create('/api/slides', message('Đã duyệt'));
    const playlist = await (
      await editor('POST', '/api/playlists', { name: 'P', items: [{ slideId: slide.id }] })
    ).json();
    const created = await editor('POST', '/api/schedules', {
      name: 'Sáng',
      playlistId: playlist.id,
    });
    expect(created.status).toBe(201);
    const entry = await created.json();
    // The draft playlist is named, so it cannot go while the draft entry uses it.
    expect((await approver('DELETE', `/api/playlists/${playlist.id}`)).status).toBe(409);
    const approve = { revision: entry.revision };
    const res = await approver('POST', `/api/schedules/${entry.id}/approve`, approve);
    expect(res.status).toBe(409);
    expect((await res.json()).error.details).toEqual([
      { path: 'playlistId', message: 'not published yet' },
    ]);
    await approver('POST', `/api/playlists/${playlist.id}/approve`, {
      revision: playlist.revision,
    });
    expect((await approver('POST', `/api/schedules/${entry.id}/approve`, approve)).status).toBe(
      200,
    );
  });

  it("refuses an approver's direct write naming an unpublished draft", async () => {
    const slide = await (await editor('POST', '/api/slides', message('Nháp'))).json();
    const res = await approver('POST', '/api/playlists', {
      name: 'P',
      items: [{ slideId: slide.id }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details).toEqual([
      { path: 'items.0.slideId', message: 'not published yet' },
    ]);
  });

  it('lets an approver publish an urgent notice directly', async () => {
    const { token, playlist } = await screenShowing();
    const res = await approver('POST', '/api/schedules', {
      name: 'Khẩn',
      kind: 'interrupt',
      playlistId: playlist.id,
    });
    expect(await res.json()).toMatchObject({ status: 'published' });
    const manifest = await manifestOf(token);
    expect(manifest.schedule.map((e: { name: string }) => e.name)).toEqual(['Khẩn']);
  });

  it('lets an editor delete a draft never published, but not published content', async () => {
    const { slide } = await screenShowing();
    const draft = await (await editor('POST', '/api/slides', message('Nháp'))).json();
    expect((await editor('DELETE', `/api/slides/${draft.id}`)).status).toBe(204);
    const spare = await m.create('/api/slides', message('Không dùng'));
    expect((await editor('DELETE', `/api/slides/${spare.id}`)).status).toBe(403);
    expect((await approver('DELETE', `/api/slides/${spare.id}`)).status).toBe(204);
    expect((await approver('DELETE', `/api/slides/${slide.id}`)).status).toBe(409);
  });

  it('keeps editors off the directory, settings and screens: those publish at once', async () => {
    expect((await editor('POST', '/api/hotlines', { label: 'A', number: '1022' })).status).toBe(
      403,
    );
    expect((await editor('PUT', '/api/settings', { agencyName: 'X' })).status).toBe(403);
    expect((await editor('POST', '/api/screens', { name: 'X' })).status).toBe(403);
  });

  it('filters a list by status', async () => {
    await m.create('/api/slides', message('Published'));
    await editor('POST', '/api/slides', message('Draft'));
    const drafts = await (await editor('GET', '/api/slides?status=draft')).json();
    expect(drafts.items.map((s: { title: string }) => s.title)).toEqual(['Draft']);
  });
});
