import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createTestManager,
  type TestManager,
  USER_PASSWORD,
} from '../../../helpers/manager-app.js';

let m: TestManager;
let now = Date.parse('2026-03-01T08:00:00Z');
const start = async () => {
  now = Date.parse('2026-03-01T08:00:00Z');
  m = await createTestManager({ clock: () => now });
};
afterEach(() => m.close());

const login = (login: string, password: string, cookie?: string) =>
  m.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ login, password }),
  });

/** The known-device cookie a successful sign-in sets. */
const knownCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('bt_known='))
    ?.split(';')[0];

const auditActions = async () => {
  const res = await m.editor('GET', '/api/audit?resource=session&limit=100');
  const items: Array<{ action: string; after: unknown }> = (await res.json()).items;
  return items.map((item) => item.action);
};

describe('sign-in throttling', () => {
  it('lets a few typos through, then answers 429 with Retry-After until a doubling delay passes', async () => {
    await start();
    for (let i = 0; i < 3; i++) expect((await login('admin', 'wrong password')).status).toBe(401);
    expect((await login('admin', 'wrong password')).status).toBe(401);
    const early = await login('admin', ADMIN_PASSWORD);
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('2');
    expect((await early.json()).error.code).toBe('rate_limited');
    now += 2_000;
    expect((await login('admin', 'wrong password')).status).toBe(401);
    now += 2_000;
    expect((await login('admin', ADMIN_PASSWORD)).headers.get('retry-after')).toBe('2');
    now += 2_000;
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
  });

  it('never refuses the right password from a browser that signed in before', async () => {
    await start();
    const owner = knownCookie(await login('admin', ADMIN_PASSWORD));
    expect(owner).toBeDefined();
    for (let i = 0; i < 40; i++) {
      await login('admin', 'guessed password');
      now += 1_000;
    }
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(429);
    expect((await login('admin', ADMIN_PASSWORD, owner)).status).toBe(200);
  });

  it('does not slow others behind the same address for one user’s typos', async () => {
    await start();
    await m.addUser('editor', { login: 'clumsy' });
    for (let i = 0; i < 25; i++) {
      await login('clumsy', 'typo');
      now += 60_000;
    }
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
    expect((await login('clumsy', USER_PASSWORD)).status).toBe(429);
  });

  it('audits failures, throttled attempts and the sign-in', async () => {
    await start();
    for (let i = 0; i < 4; i++) await login('admin', 'wrong password');
    await login('admin', ADMIN_PASSWORD);
    now += 60_000;
    const actions = await auditActions();
    expect(actions.filter((a) => a === 'login_failed')).toHaveLength(4);
    expect(actions).toContain('login_throttled');
  });
});
