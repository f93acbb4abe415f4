import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

async function kioskToken(screenId: string) {
  const res = await m.editor('POST', `/api/screens/${screenId}/kiosk-link`);
  expect(res.status).toBe(201);
  const { url } = (await res.json()) as { url: string };
  const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token');
  expect(token).toBeTruthy();
  return token as string;
}

describe('a kiosk link', () => {
  it('carries a token the screen can use, while its earlier token keeps working', async () => {
    const { screenId, token } = await m.pairScreen();
    const linked = await kioskToken(screenId);
    expect((await m.device('GET', '/api/device/manifest', linked)).status).toBe(200);
    expect((await m.device('GET', '/api/device/manifest', token)).status).toBe(200);
  });

  it('stops working when the screen is revoked', async () => {
    const { screenId } = await m.pairScreen();
    const linked = await kioskToken(screenId);
    await m.editor('POST', `/api/screens/${screenId}/revoke`);
    const res = await m.device('GET', '/api/device/manifest', linked);
    expect((await res.json()).error.code).toBe('device_revoked');
  });

  it('is for admins only, and for screens that exist', async () => {
    const { screenId } = await m.pairScreen();
    const approver = await m.userClient('approver');
    expect((await approver('POST', `/api/screens/${screenId}/kiosk-link`)).status).toBe(403);
    const missing = await m.editor(
      'POST',
      '/api/screens/00000000-0000-4000-8000-000000000000/kiosk-link',
    );
    expect(missing.status).toBe(404);
  });
});
