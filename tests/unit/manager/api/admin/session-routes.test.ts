import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN_LOGIN,
  createTestManager,
  ORIGIN,
  type TestManager,
} from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const login = (password: string) =>
  m.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: ADMIN_LOGIN, password }),
  });

describe('editor session', () => {
  it('answers 401 with the error body to an editor route without a session', async () => {
    const res = await m.request('/api/slides');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'unauthorized', message: expect.any(String) },
    });
  });

  it('refuses a wrong password with 401 and sets no cookie', async () => {
    const res = await login('wrong password');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie that then identifies the user', async () => {
    const cookie = await m.signIn();
    const res = await login('correct horse battery');
    expect(res.headers.get('set-cookie')).toMatch(/bt_session=.+HttpOnly.*SameSite=Strict/i);
    const me = await m.request('/api/session', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).user).toMatchObject({ login: ADMIN_LOGIN, role: 'admin' });
  });

  it('signs out: the old cookie no longer opens editor routes', async () => {
    const cookie = await m.signIn();
    const out = await m.request('/api/session', {
      method: 'DELETE',
      headers: { cookie, origin: ORIGIN },
    });
    expect(out.status).toBe(204);
    expect((await m.request('/api/slides', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a bodiless cookie write from another origin (CSRF)', async () => {
    const cookie = await m.signIn();
    const res = await m.request('/api/session', {
      method: 'DELETE',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });
});
