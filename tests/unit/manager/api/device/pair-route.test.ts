import { PairResponseSchema } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let now = Date.parse('2026-03-02T08:00:00Z');
let m: TestManager;
beforeEach(async () => {
  now = Date.parse('2026-03-02T08:00:00Z');
  m = await createTestManager({ clock: () => now });
});
afterEach(() => m.close());

const pair = async (body: unknown) => m.device('POST', '/api/device/pair', undefined, body);

describe('device pairing', () => {
  it('hands a new player a pending 6-digit code that expires in 15 minutes', async () => {
    const res = await pair({});
    expect(res.status).toBe(200);
    const body = PairResponseSchema.parse(await res.json());
    if (body.status !== 'pending') throw new Error('expected pending');
    expect(body.code).toMatch(/^\d{6}$/);
    expect(Date.parse(body.expiresAt) - now).toBe(15 * 60_000);
    expect(res.headers.get('x-server-time')).toBe(String(now));
  });

  it('stays pending until an editor claims the code, then hands the token exactly once', async () => {
    const pending = await (await pair({})).json();
    expect((await (await pair({ pairingId: pending.pairingId })).json()).status).toBe('pending');

    const screen = await m.create('/api/screens/pair', { code: pending.code, name: 'Quầy 1' });
    expect(screen).toMatchObject({ name: 'Quầy 1' });

    const paired = await (await pair({ pairingId: pending.pairingId })).json();
    expect(paired).toEqual({ status: 'paired', token: expect.any(String), screenId: screen.id });
    expect((await pair({ pairingId: pending.pairingId })).status).toBe(404);

    const manifest = await m.device('GET', '/api/device/manifest', paired.token);
    expect(manifest.status).toBe(200);
    expect((await manifest.json()).screen.id).toBe(screen.id);
  });

  it('forgets a pairing after 15 minutes: the poll answers 404', async () => {
    const pending = await (await pair({})).json();
    now += 15 * 60_000 + 1;
    const res = await pair({ pairingId: pending.pairingId });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('answers 404 when an editor claims an unknown code', async () => {
    const res = await m.editor('POST', '/api/screens/pair', { code: '000000' });
    expect(res.status).toBe(404);
  });

  it('re-pairing an existing screen revokes its old token', async () => {
    const first = await m.pairScreen('Sảnh');
    const pending = await (await pair({})).json();
    await m.create('/api/screens/pair', { code: pending.code, screenId: first.screenId });
    const paired = await (await pair({ pairingId: pending.pairingId })).json();
    expect(paired.screenId).toBe(first.screenId);
    expect((await m.device('GET', '/api/device/manifest', first.token)).status).toBe(401);
    expect((await m.device('GET', '/api/device/manifest', paired.token)).status).toBe(200);
  });
});
