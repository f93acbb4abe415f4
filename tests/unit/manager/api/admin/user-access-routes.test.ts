import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestManager,
  type TestManager,
  USER_PASSWORD,
} from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe("an admin's hold on someone's access", () => {
  it('resets a password: shown once, old sessions end, must be changed at sign-in', async () => {
    const viewer = await m.userClient('viewer');
    const res = await m.editor('POST', `/api/users/${viewer.user.id}/password-reset`);
    expect(res.status).toBe(200);
    const { password } = await res.json();
    expect(password).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect((await viewer('GET', '/api/session')).status).toBe(401);
    await expect(m.signIn('viewer', USER_PASSWORD)).rejects.toThrow();
    const cookie = await m.signIn('viewer', password);
    const session = await (await m.call(cookie, 'GET', '/api/session')).json();
    expect(session.user.mustChangePassword).toBe(true);
    const user = await (await m.editor('GET', `/api/users/${viewer.user.id}`)).json();
    expect(JSON.stringify(user)).not.toContain(password);
    const [record] = (
      await (await m.editor('GET', `/api/audit?resourceId=${viewer.user.id}&action=update`)).json()
    ).items;
    expect(record).toMatchObject({ action: 'update', after: { passwordReset: true } });
    expect(JSON.stringify(record)).not.toContain(password);
  });

  it('signs an account out everywhere, leaving it able to sign in again', async () => {
    const editor = await m.userClient('editor');
    const second = await m.signIn('editor', USER_PASSWORD);
    const res = await m.editor('POST', `/api/users/${editor.user.id}/sign-out`);
    expect(res.status).toBe(204);
    expect((await editor('GET', '/api/session')).status).toBe(401);
    expect((await m.call(second, 'GET', '/api/session')).status).toBe(401);
    expect((await m.editor('GET', '/api/session')).status).toBe(200);
    await expect(m.signIn('editor', USER_PASSWORD)).resolves.toBeTruthy();
    const [record] = (
      await (await m.editor('GET', `/api/audit?resourceId=${editor.user.id}&action=logout`)).json()
    ).items;
    expect(record).toMatchObject({ resource: 'users', after: { everywhere: true } });
  });

  it('answers 404 for an unknown account', async () => {
    expect((await m.editor('POST', '/api/users/ghost/password-reset')).status).toBe(404);
    expect((await m.editor('POST', '/api/users/ghost/sign-out')).status).toBe(404);
  });
});
