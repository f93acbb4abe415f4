import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const message = (title: string) => ({ kind: 'message', title, heading: title });
const audit = async (query = '') =>
  (await (await m.editor('GET', `/api/audit${query}`)).json()).items;

describe('audit log', () => {
  it('records who changed what, when, with before and after', async () => {
    const slide = await m.create('/api/slides', message('A'));
    await m.editor('PUT', `/api/slides/${slide.id}`, message('B'));
    const me = (await (await m.editor('GET', '/api/session')).json()).user;
    const [update] = await audit(`?resource=slides&action=update`);
    expect(update).toMatchObject({
      userId: me.id,
      action: 'update',
      resource: 'slides',
      resourceId: slide.id,
      at: expect.any(String),
      before: expect.objectContaining({ title: 'A' }),
      after: expect.objectContaining({ title: 'B' }),
    });
  });

  it('records sign-ins, failed sign-ins (also of unknown logins) and sign-outs', async () => {
    await m.signIn();
    for (const login of ['admin', 'nobody']) {
      await m.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password: 'wrong password' }),
      });
    }
    const failed = await audit('?action=login_failed');
    expect(failed.map((r: { login: string }) => r.login).sort()).toEqual(['admin', 'nobody']);
    expect(failed[0].address).toEqual(expect.any(String));
    expect((await audit('?action=login')).length).toBeGreaterThanOrEqual(1);
  });

  it('records the submit, approve and return steps of a review', async () => {
    const editor = await m.userClient('editor');
    const approver = await m.userClient('approver');
    const draft = await (await editor('POST', '/api/slides', message('A'))).json();
    await editor('POST', `/api/slides/${draft.id}/submit`);
    const { revision } = draft;
    await approver('POST', `/api/slides/${draft.id}/return`, { comment: 'Sửa', revision });
    await editor('POST', `/api/slides/${draft.id}/submit`);
    await approver('POST', `/api/slides/${draft.id}/approve`, { revision });
    const steps = await audit(`?resourceId=${draft.id}`);
    expect(steps.map((r: { action: string }) => r.action).reverse()).toEqual([
      'create',
      'submit',
      'return',
      'submit',
      'approve',
    ]);
    expect(steps[0]).toMatchObject({ userId: approver.user.id, before: null });
  });

  it('records pairing, the token handed to the player, and revocation', async () => {
    const { screenId } = await m.pairScreen();
    await m.editor('POST', `/api/screens/${screenId}/revoke`);
    const actions = (await audit(`?resource=screens&resourceId=${screenId}`)).map(
      (r: { action: string; userId: string | null }) => [r.action, r.userId === null],
    );
    expect(actions).toEqual([
      ['revoke', false],
      ['pair', true],
      ['pair', false],
    ]);
  });

  it('filters by user and time, and pages by `before`', async () => {
    const editor = await m.userClient('editor');
    await editor('POST', '/api/slides', message('A'));
    await editor('POST', '/api/slides', message('B'));
    const mine = await audit(`?userId=${editor.user.id}&action=create`);
    expect(mine).toHaveLength(2);
    const page = await (
      await m.editor('GET', `/api/audit?userId=${editor.user.id}&limit=1`)
    ).json();
    expect(page.items).toHaveLength(1);
    const next = await audit(`?userId=${editor.user.id}&limit=1&before=${page.nextBefore}`);
    expect(next[0].id).toBeLessThan(page.items[0].id);
    expect(await audit('?from=2999-01-01T00:00:00Z')).toEqual([]);
  });

  it('names the user of each record, as the account is now', async () => {
    const editor = await m.userClient('editor', { login: 'lan' });
    await m.editor('PUT', `/api/users/${editor.user.id}`, {
      name: 'Nguyễn Thị Lan',
      role: 'editor',
    });
    await editor('POST', '/api/slides', message('A'));
    const [created] = await audit(`?userId=${editor.user.id}&action=create`);
    expect(created).toMatchObject({ userName: 'Nguyễn Thị Lan', userLogin: 'lan' });
    const [failed] = await (async () => {
      await m.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'nobody', password: 'wrong password' }),
      });
      return audit('?action=login_failed');
    })();
    expect(failed).toMatchObject({ userId: null, userName: null, login: 'nobody' });
  });

  it('exports the filtered log as CSV with formula-looking text made harmless', async () => {
    const editor = await m.userClient('editor', { login: 'lan' });
    await m.editor('PUT', `/api/users/${editor.user.id}`, {
      name: '=HYPERLINK("x")',
      role: 'editor',
    });
    await editor('POST', '/api/slides', message('A'));
    const res = await m.editor('GET', `/api/audit.csv?userId=${editor.user.id}&action=create`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toMatch(/^Thời điểm/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")",lan,create,slides`);
  });

  it('is for admins only', async () => {
    const approver = await m.userClient('approver');
    expect((await approver('GET', '/api/audit')).status).toBe(403);
    expect((await approver('GET', '/api/audit.csv')).status).toBe(403);
  });

  it('cannot be changed or deleted, even by SQL', async () => {
    await m.create('/api/slides', message('A'));
    await expect(sql`DELETE FROM audit_log`.execute(m.store.db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(m.store.db)).rejects.toThrow(
      /append-only/,
    );
  });
});
