import { afterEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
afterEach(() => m.close());

const CALL = { number: '1023', counter: '3', service: 'Đăng ký kinh doanh' };

/** Makes a key through the admin API and returns its id and one-time token. */
async function makeKey(counters: string[] = []) {
  const res = await m.editor('POST', '/api/integration-keys', {
    name: 'Hệ thống xếp hàng',
    counters,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string };
}

const post = (token: string, body: unknown) =>
  m.request('/api/queue/calls', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Reads the stream until an event named `name` arrives; returns its data. */
async function nextEvent(res: Response, name: string): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before a ${name} event`);
    text += decoder.decode(value);
    const event = text.split('\n\n').find((block) => block.startsWith(`event: ${name}\n`));
    if (event) {
      await reader.cancel();
      return /\ndata: (.*)/.exec(event)?.[1] ?? '';
    }
  }
}

describe('queue calls', () => {
  it('answers 202 with the stored call for a live key', async () => {
    m = await createTestManager({ clock: () => Date.parse('2026-12-07T02:15:00Z') });
    const { token } = await makeKey();
    const res = await post(token, CALL);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({
      ...CALL,
      id: expect.any(String),
      action: 'call',
      calledAt: '2026-12-07T02:15:00.000Z',
    });
  });

  it('sends the call to every connected screen as a queue event', async () => {
    m = await createTestManager();
    const { token } = await makeKey();
    const screens = [await m.pairScreen('A'), await m.pairScreen('B')];
    const streams = await Promise.all(
      screens.map((s) => m.device('GET', '/api/device/events', s.token)),
    );
    const call = await (await post(token, CALL)).json();
    for (const stream of streams) {
      expect(JSON.parse(await nextEvent(stream, 'queue'))).toEqual(call);
    }
  });

  it('refuses a revoked key with 401, and records the revocation in the audit log', async () => {
    m = await createTestManager();
    const { id, token } = await makeKey();
    expect((await post(token, CALL)).status).toBe(202);
    expect((await m.editor('POST', `/api/integration-keys/${id}/revoke`)).status).toBe(200);
    const res = await post(token, CALL);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: {
        code: 'unauthorized',
        message: 'This integration key was revoked',
        details: { reason: 'key_revoked' },
      },
    });
    const audit = await (await m.editor('GET', '/api/audit?resource=integration_keys')).json();
    expect(audit.items.map((r: { action: string }) => r.action)).toEqual(['revoke', 'create']);
  });

  it('refuses an unknown key with 401 rather than trying the session', async () => {
    m = await createTestManager();
    const cookie = await m.signIn();
    const res = await m.request('/api/queue/calls', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${'x'.repeat(43)}`,
        cookie,
        origin: ORIGIN,
        'content-type': 'application/json',
      },
      body: JSON.stringify(CALL),
    });
    expect(res.status).toBe(401);
  });

  it('answers 400 with the one error body for a call without a counter', async () => {
    m = await createTestManager();
    const { token } = await makeKey();
    const res = await post(token, { number: '1023' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details).toEqual([{ path: 'counter', message: expect.any(String) }]);
  });

  it('refuses a key limited to other counters with 403', async () => {
    m = await createTestManager();
    const { token } = await makeKey(['1', '2']);
    expect((await post(token, { ...CALL, counter: '2' })).status).toBe(202);
    const res = await post(token, CALL);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });

  it('limits the calls of one key, with Retry-After', async () => {
    m = await createTestManager({ rateLimits: { queuePerCaller: { limit: 2, windowMs: 60_000 } } });
    const { token } = await makeKey();
    const other = await makeKey();
    expect((await post(token, CALL)).status).toBe(202);
    expect((await post(token, CALL)).status).toBe(202);
    const res = await post(token, CALL);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect((await post(other.token, CALL)).status).toBe(202);
  });

  it("gives a screen today's calls, newest first, without yesterday's", async () => {
    let now = Date.parse('2026-12-06T16:30:00Z'); // 23:30 in Hà Nội
    m = await createTestManager({ clock: () => now });
    const { token } = await makeKey();
    await post(token, { ...CALL, number: '1001' });
    now = Date.parse('2026-12-06T17:05:00Z'); // 00:05 the next day
    await post(token, { ...CALL, number: '2001' });
    now += 1000;
    await post(token, { ...CALL, number: '2002', action: 'recall' });
    const screen = await m.pairScreen();
    const res = await m.device('GET', '/api/device/queue', screen.token);
    expect(res.status).toBe(200);
    const { calls } = await res.json();
    expect(calls.map((c: { number: string; action: string }) => [c.number, c.action])).toEqual([
      ['2002', 'recall'],
      ['2001', 'call'],
    ]);
  });

  it('lets a signed-in user of the counter page call without a key', async () => {
    m = await createTestManager();
    const viewer = await m.userClient('viewer');
    const res = await viewer('POST', '/api/queue/calls', { number: '1', counter: '1' });
    expect(res.status).toBe(202);
    const today = await (await viewer('GET', '/api/queue/calls')).json();
    expect(today.calls).toHaveLength(1);
  });

  it('lists keys without their secrets', async () => {
    m = await createTestManager();
    await makeKey(['4']);
    const keys = await (await m.editor('GET', '/api/integration-keys')).json();
    expect(keys).toEqual([
      {
        id: expect.any(String),
        name: 'Hệ thống xếp hàng',
        counters: ['4'],
        createdAt: expect.any(String),
        revokedAt: null,
        lastUsedAt: null,
      },
    ]);
  });
});
