import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('health endpoints for a proxy', () => {
  it('answer without a session: the process is up and the store answers', async () => {
    const health = await m.request('/healthz');
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await m.request('/readyz');
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });

  it('reports not ready once draining for shutdown, while still alive', async () => {
    m.readiness.drain();
    expect((await m.request('/readyz')).status).toBe(503);
    expect((await m.request('/healthz')).status).toBe(200);
  });

  it('reports not ready when the store does not answer', async () => {
    await m.store.close();
    const ready = await m.request('/readyz');
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'store unavailable' }]);
  });
});
