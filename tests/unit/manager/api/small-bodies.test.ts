import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exceedsJsonDepth } from '../../../../manager/src/api/json-depth.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  m.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('small bodies and JSON depth', () => {
  it('refuses a 5 MB nested array sent to sign-in with 413, quickly', async () => {
    const started = performance.now();
    const res = await post('/api/session', nested(2_500_000));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'too_large', message: expect.any(String) } });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a large sign-in body sent without a length, by the bytes read', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 80) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await m.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('refuses a large pairing request with 413', async () => {
    const res = await post('/api/device/pair', JSON.stringify({ pad: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
  });

  it('refuses deeply nested JSON with 400 before parsing it, on any route', async () => {
    const cookie = await m.signIn();
    const res = await post('/api/slides', nested(100_000), { cookie, origin: 'http://localhost' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: 'The JSON body is nested too deeply' },
    });
  });

  it('still signs in with an ordinary body', async () => {
    await expect(m.signIn()).resolves.toMatch(/^bt_session=/);
  });
});

describe('exceedsJsonDepth', () => {
  it.each([
    ['[[1]]', 2, false],
    ['[[[1]]]', 2, true],
    ['{"a":{"b":[1]}}', 3, false],
    ['{"a":"[[[[[[[["}', 1, false],
    ['{"a":"\\"[[[["}', 1, false],
  ])('%s at most %i deep: %s', (text, max, expected) => {
    expect(exceedsJsonDepth(text, max)).toBe(expected);
  });
});
