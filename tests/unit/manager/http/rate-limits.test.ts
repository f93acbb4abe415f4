import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createTestManager,
  type TestManager,
  type TestManagerOptions,
} from '../../../helpers/manager-app.js';

let m: TestManager;
let now = Date.parse('2025-03-01T08:00:00Z');
const start = async (options: TestManagerOptions) => {
  now = Date.parse('2025-03-01T08:00:00Z');
  m = await createTestManager({ clock: () => now, ...options });
  return m;
};
afterEach(() => m.close());

const login = (login: string, password: string) =>
  m.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });

const minute = { windowMs: 60_000 };

describe('rate limits', () => {
  it('locks an account after its failed sign-ins, with Retry-After, until the window ends', async () => {
    await start({ rateLimits: { loginPerAccount: { limit: 3, ...minute } } });
    for (let i = 0; i < 3; i++) expect((await login('admin', 'wrong password')).status).toBe(401);
    const locked = await login('admin', ADMIN_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    expect((await locked.json()).error.code).toBe('rate_limited');
    now += 60_000;
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
  });

  it('counts only failures: a successful sign-in clears them', async () => {
    await start({ rateLimits: { loginPerAccount: { limit: 2, ...minute } } });
    await login('admin', 'wrong password');
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
    await login('admin', 'wrong password');
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
  });

  it('limits failed sign-ins per address whatever logins they name', async () => {
    await start({ rateLimits: { loginPerAddress: { limit: 3, ...minute } } });
    for (const name of ['a', 'b', 'c']) await login(name, 'wrong password');
    expect((await login('admin', ADMIN_PASSWORD)).status).toBe(429);
  });

  it('limits new pairing codes per address', async () => {
    await start({ rateLimits: { pairingPerAddress: { limit: 2, ...minute } } });
    expect((await m.device('POST', '/api/device/pair', undefined, {})).status).toBe(200);
    expect((await m.device('POST', '/api/device/pair', undefined, {})).status).toBe(200);
    const third = await m.device('POST', '/api/device/pair', undefined, {});
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
  });

  it('limits claims of codes no player shows, per user', async () => {
    await start({ rateLimits: { claimPerUser: { limit: 2, ...minute } } });
    for (let i = 0; i < 2; i++) {
      expect((await m.editor('POST', '/api/screens/pair', { code: '000000' })).status).toBe(404);
    }
    expect((await m.editor('POST', '/api/screens/pair', { code: '000000' })).status).toBe(429);
  });

  it('limits each device token on its own', async () => {
    await start({ rateLimits: { devicePerToken: { limit: 2, ...minute } } });
    const one = await m.pairScreen('One');
    const two = await m.pairScreen('Two');
    await m.device('GET', '/api/device/manifest', one.token);
    await m.device('GET', '/api/device/manifest', one.token);
    const limited = await m.device('GET', '/api/device/manifest', one.token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await m.device('GET', '/api/device/manifest', two.token)).status).toBe(200);
  });
});
