import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestManager,
  ORIGIN,
  type TestManager,
  USER_PASSWORD,
} from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const account = {
  login: 'lan.nguyen',
  name: 'Nguyễn Thị Lan',
  role: 'editor',
  password: 'mật khẩu ban đầu',
};

const signInAs = (login: string, password: string) =>
  m.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });

describe('accounts', () => {
  it('creates an account that never shows its password and must change it first', async () => {
    const created = await m.create('/api/users', account);
    expect(created).toEqual({
      id: expect.any(String),
      login: 'lan.nguyen',
      name: 'Nguyễn Thị Lan',
      role: 'editor',
      groupIds: [],
      disabled: false,
      mustChangePassword: true,
    });
    const listed = await (await m.editor('GET', '/api/users')).json();
    expect(JSON.stringify(listed)).not.toContain('scrypt');
  });

  it('stores the password as a scrypt hash', async () => {
    await m.create('/api/users', account);
    const row = await m.store.db
      .selectFrom('users')
      .select('password_hash')
      .where('login', '=', 'lan.nguyen')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(account.password);
  });

  it('refuses a taken login with 409', async () => {
    await m.create('/api/users', account);
    expect((await m.editor('POST', '/api/users', account)).status).toBe(409);
  });

  it('opens only the password change until a forced change is done', async () => {
    await m.create('/api/users', account);
    const cookie = await m.signIn(account.login, account.password);
    const blocked = await m.call(cookie, 'GET', '/api/slides');
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error.details).toEqual({ reason: 'password_change_required' });
    expect((await m.call(cookie, 'GET', '/api/session')).status).toBe(200);

    const changed = await m.call(cookie, 'PUT', '/api/session/password', {
      currentPassword: account.password,
      newPassword: 'một mật khẩu mới',
    });
    expect(changed.status).toBe(204);
    expect((await m.call(cookie, 'GET', '/api/slides')).status).toBe(200);
    expect((await signInAs(account.login, account.password)).status).toBe(401);
    expect((await signInAs(account.login, 'một mật khẩu mới')).status).toBe(200);
  });

  it('refuses a password change with a wrong current password', async () => {
    const viewer = await m.userClient('viewer');
    const res = await viewer('PUT', '/api/session/password', {
      currentPassword: 'not it',
      newPassword: 'another password',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details).toEqual([
      { path: 'currentPassword', message: 'wrong password' },
    ]);
  });

  it("ends the user's other sessions when the password changes", async () => {
    const viewer = await m.userClient('viewer');
    const other = await m.signIn('viewer', USER_PASSWORD);
    await viewer('PUT', '/api/session/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'another password',
    });
    expect((await m.call(other, 'GET', '/api/session')).status).toBe(401);
    expect((await viewer('GET', '/api/session')).status).toBe(200);
  });

  it('disables an account: its sessions end and it cannot sign in', async () => {
    const viewer = await m.userClient('viewer');
    const res = await m.editor('PUT', `/api/users/${viewer.user.id}`, {
      name: '',
      role: 'viewer',
      disabled: true,
    });
    expect(res.status).toBe(200);
    expect((await viewer('GET', '/api/session')).status).toBe(401);
    const again = await signInAs('viewer', USER_PASSWORD);
    expect(again.status).toBe(403);
  });

  it('changes a role with effect on the next request', async () => {
    const viewer = await m.userClient('viewer');
    expect(
      (await viewer('POST', '/api/slides', { kind: 'message', title: 'A', heading: 'A' })).status,
    ).toBe(403);
    await m.editor('PUT', `/api/users/${viewer.user.id}`, { role: 'editor' });
    expect(
      (await viewer('POST', '/api/slides', { kind: 'message', title: 'A', heading: 'A' })).status,
    ).toBe(201);
  });

  it('keeps an admin from demoting or disabling themselves', async () => {
    const me = await (await m.editor('GET', '/api/session')).json();
    const res = await m.editor('PUT', `/api/users/${me.user.id}`, { role: 'editor' });
    expect(res.status).toBe(409);
  });

  it('refuses screen groups that do not exist', async () => {
    const res = await m.editor('POST', '/api/users', { ...account, groupIds: ['ghost'] });
    expect((await res.json()).error.details).toEqual([
      { path: 'groupIds.0', message: 'unknown group' },
    ]);
  });

  it('refuses to delete a group an account is tied to, naming the account', async () => {
    const group = await m.create('/api/groups', { name: 'Một cửa' });
    const user = await m.create('/api/users', { ...account, groupIds: [group.id] });
    const res = await m.editor('DELETE', `/api/groups/${group.id}`);
    expect(res.status).toBe(409);
    expect((await res.json()).error.details).toEqual([
      { resource: 'users', id: user.id, name: 'Nguyễn Thị Lan' },
    ]);
  });

  it('sets a session cookie that is HttpOnly, SameSite=Strict and expires', async () => {
    const res = await signInAs('admin', 'correct horse battery');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Max-Age=43200/);
  });

  it('ends a session at its expiry', async () => {
    let now = Date.parse('2025-03-01T08:00:00Z');
    const t = await createTestManager({ clock: () => now });
    try {
      const cookie = await t.signIn();
      expect((await t.call(cookie, 'GET', '/api/session')).status).toBe(200);
      now += 12 * 3_600_000;
      expect((await t.call(cookie, 'GET', '/api/session')).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const viewer = await m.userClient('viewer');
    const out = await m.request('/api/session', {
      method: 'DELETE',
      headers: { cookie: viewer.cookie, origin: ORIGIN },
    });
    expect(out.headers.get('set-cookie')).toMatch(/bt_session=;/);
    expect((await viewer('GET', '/api/session')).status).toBe(401);
  });
});
