import { afterEach, describe, expect, it } from 'vitest';
import {
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

const minute = { windowMs: 60_000 };

describe('rate limits', () => {
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
