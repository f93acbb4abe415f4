import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeviceTokenCache } from '../../../../manager/src/auth/device-token-cache.js';
import { deviceTokensRepository } from '../../../../manager/src/store/device-tokens.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await m.close();
});

describe('device tokens remembered in memory', () => {
  it('are read from the store together when many arrive at once, then not again', async () => {
    const screens = [await m.pairScreen('A'), await m.pairScreen('B'), await m.pairScreen('C')];
    const queries = vi.spyOn(deviceTokensRepository, 'findScreenIds');
    const cache = new DeviceTokenCache();
    const lookUp = () =>
      Promise.all(
        [...screens.map((s) => s.token), 'not-a-token'].map((t) => cache.lookUp(m.store.db, t)),
      );

    const first = await lookUp();
    expect(first.map((known) => known?.screenId)).toEqual([
      ...screens.map((s) => s.screenId),
      undefined,
    ]);
    expect(queries).toHaveBeenCalledTimes(1);

    await lookUp();
    // Only the unknown token is asked for again.
    expect(queries).toHaveBeenCalledTimes(2);
    expect(queries.mock.calls[1]?.[1]).toHaveLength(1);
  });

  it('forget a revoked token', async () => {
    const { screenId, token } = await m.pairScreen();
    const cache = new DeviceTokenCache();
    expect((await cache.lookUp(m.store.db, token))?.screenId).toBe(screenId);
    await deviceTokensRepository.revokeAll(m.store.db, screenId, new Date().toISOString());
    expect(await cache.lookUp(m.store.db, token)).toBeUndefined();
  });
});
