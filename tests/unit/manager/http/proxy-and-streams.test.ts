import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../../manager/src/app.js';
import { hashPassword } from '../../../../manager/src/auth/password.js';
import { createLogger } from '../../../../manager/src/logger.js';
import { usersRepository } from '../../../../manager/src/store/users.js';
import { createTestManager, ORIGIN, type TestManager } from '../../../helpers/manager-app.js';
import { openTestStore } from '../../../helpers/test-store.js';

let m: TestManager | undefined;
afterEach(async () => {
  await m?.close();
  m = undefined;
});

/** A bare app with its config: whether it trusts the proxy, and its public URL. */
async function appWith(trustProxy: boolean, publicUrl = 'https://bangtin.example.vn') {
  const store = await openTestStore();
  await usersRepository.create(
    store.db,
    {
      id: 'u1',
      login: 'admin',
      role: 'admin',
      passwordHash: await hashPassword('correct horse battery', { N: 1024, r: 8, p: 1 }),
    },
    new Date().toISOString(),
  );
  const { app } = createApp({
    store,
    mediaDir: '/nonexistent',
    config: { maxUploadBytes: 1024, publicUrl, trustProxy },
    logger: createLogger('silent'),
  });
  return { app, close: () => store.close() };
}

describe('TRUST_PROXY, Secure cookies and HSTS', () => {
  it('sends no HSTS over plain http, even when PUBLIC_URL says https', async () => {
    const { app, close } = await appWith(false);
    const res = await app.request('http://bangtin.example.vn/api/docs/openapi.json');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    await close();
  });

  it('ignores X-Forwarded-Proto unless TRUST_PROXY is set', async () => {
    const { app, close } = await appWith(false);
    const res = await app.request('http://bangtin.example.vn/api/docs/openapi.json', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers.get('strict-transport-security')).toBeNull();
    await close();
  });

  it('sends HSTS behind a trusted proxy that says the request was https', async () => {
    const { app, close } = await appWith(true, 'http://localhost:8080');
    const res = await app.request('http://bangtin.example.vn/api/docs/openapi.json', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    await close();
  });

  it('marks the session cookie Secure behind a trusted TLS proxy, whatever PUBLIC_URL says', async () => {
    m = await createTestManager();
    const plain = await m.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password: 'correct horse battery' }),
    });
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i);
    await m.close();
    m = undefined;
    const { app, close } = await appWith(true, 'http://localhost:8080');
    const res = await app.request('http://bangtin.example.vn/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ login: 'admin', password: 'correct horse battery' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/bt_session=[^;]+;.*Secure/i);
    await close();
  });
});

describe('monitoring streams end with the right to them', () => {
  const open = async (manager: TestManager, cookie: string) => {
    const res = await manager.request('/api/monitoring/events', { headers: { cookie } });
    expect(res.status).toBe(200);
    return res;
  };
  const endsSoon = async (res: Response) => {
    const reader = res.body!.getReader();
    for (;;) if ((await reader.read()).done) return true;
  };

  it('closes on sign-out', async () => {
    m = await createTestManager();
    const cookie = await m.signIn();
    const stream = await open(m, cookie);
    await m.request('/api/session', { method: 'DELETE', headers: { cookie, origin: ORIGIN } });
    expect(await endsSoon(stream)).toBe(true);
  });

  it('closes when an admin disables the user', async () => {
    m = await createTestManager();
    const viewer = await m.userClient('viewer', { login: 'viewer1' });
    const stream = await open(m, viewer.cookie);
    const res = await m.editor('PUT', `/api/users/${viewer.user.id}`, {
      name: viewer.user.name,
      role: 'viewer',
      groupIds: [],
      disabled: true,
    });
    expect(res.status).toBe(200);
    expect(await endsSoon(stream)).toBe(true);
  });
});
