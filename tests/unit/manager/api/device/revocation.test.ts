import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('revoking a screen', () => {
  it('answers 401 to its token on every device route afterwards', async () => {
    const { screenId, token } = await m.pairScreen();
    expect((await m.device('GET', '/api/device/manifest', token)).status).toBe(200);
    const res = await m.editor('POST', `/api/screens/${screenId}/revoke`);
    expect(await res.json()).toMatchObject({ id: screenId, paired: false });
    expect((await m.device('GET', '/api/device/manifest', token)).status).toBe(401);
    const beat = await m.device('POST', '/api/device/heartbeat', token, {});
    expect(beat.status).toBe(401);
    expect((await m.device('GET', '/api/device/events', token)).status).toBe(401);
  });

  it('closes the event stream it had open', async () => {
    const { screenId, token } = await m.pairScreen();
    const stream = await m.device('GET', '/api/device/events', token);
    const reader = stream.body!.getReader();
    await reader.read();
    expect(m.hub.subscriberCount(screenId)).toBe(1);
    await m.editor('POST', `/api/screens/${screenId}/revoke`);
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(m.hub.subscriberCount(screenId)).toBe(0);
  });

  it('is for admins only', async () => {
    const { screenId } = await m.pairScreen();
    const approver = await m.userClient('approver');
    expect((await approver('POST', `/api/screens/${screenId}/revoke`)).status).toBe(403);
  });
});

describe('the answer that unpairs a player', () => {
  it('is device_revoked for a revoked token', async () => {
    const { screenId, token } = await m.pairScreen();
    await m.editor('POST', `/api/screens/${screenId}/revoke`);
    const res = await m.device('GET', '/api/device/manifest', token);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('device_revoked');
  });

  it('is device_revoked for the token of a deleted screen', async () => {
    const { screenId, token } = await m.pairScreen();
    expect((await m.editor('DELETE', `/api/screens/${screenId}`)).status).toBeLessThan(300);
    const res = await m.device('POST', '/api/device/heartbeat', token, {});
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('device_revoked');
  });

  it('is never given to a token the manager does not know (a restored database, say)', async () => {
    const res = await m.device('GET', '/api/device/manifest', 'x'.repeat(32));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });
});
