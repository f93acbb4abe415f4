import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('error answers', () => {
  it('answers malformed JSON with 400 bad_request and stores nothing', async () => {
    const cookie = await m.signIn();
    const res = await m.request('/api/slides', {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
      body: '{"kind":"message",',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: expect.any(String) },
    });
    expect((await (await m.editor('GET', '/api/slides')).json()).items).toEqual([]);
  });

  it('answers a schema failure with 400 invalid_input whose details name the field', async () => {
    const res = await m.editor('POST', '/api/hotlines', { label: 'Tổng đài', number: 'call us' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details).toEqual([{ path: 'number', message: expect.any(String) }]);
  });

  it('answers a write in another content type with 415', async () => {
    const cookie = await m.signIn();
    const res = await m.request('/api/hotlines', {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'text/xml' },
      body: '<hotline/>',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('answers an unknown API route with a 404 error body', async () => {
    const res = await m.editor('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it.each([
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a deeply nested value', '['.repeat(5000) + ']'.repeat(5000)],
    ['a string', '"slide"'],
  ])('answers %s as a body with a 4xx, never a 500', async (_name, body) => {
    const cookie = await m.signIn();
    const res = await m.request('/api/slides', {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('puts security headers with a content security policy on every answer', async () => {
    const res = await m.request('/api/nothing');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
