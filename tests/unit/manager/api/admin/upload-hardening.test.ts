import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager({ maxUploadBytes: 4096 });
});
afterEach(() => m.close());

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz'),
]);
const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);

async function upload(bytes: Buffer, name: string, type: string, origin = ORIGIN) {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return m.request('/api/media', { method: 'POST', headers: { cookie, origin }, body: form });
}

describe('upload validation', () => {
  it.each([
    ['an SVG', SVG, 'logo.svg', 'image/svg+xml'],
    ['an SVG named and typed as PNG', SVG, 'logo.png', 'image/png'],
    ['HTML named as JPEG', Buffer.from('<html><script>x</script></html>'), 'a.jpg', 'image/jpeg'],
  ])('refuses %s with 415 and keeps no file', async (_what, bytes, name, type) => {
    const res = await upload(bytes, name, type);
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
    expect(await readdir(m.mediaDir)).toEqual([]);
  });

  it('refuses a file over the limit with 413 and keeps no file', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(8192)]);
    expect((await upload(big, 'big.png', 'image/png')).status).toBe(413);
    expect(await readdir(m.mediaDir)).toEqual([]);
  });

  it.each(['../../escape.png', '/etc/passwd', '..\\..\\escape.png', 'a/../../b.png'])(
    'stores a file named %s only under the media root, by its sha256',
    async (name) => {
      const res = await upload(PNG, name, 'image/png');
      expect(res.status).toBe(201);
      const { sha256 } = await res.json();
      expect(await readdir(m.mediaDir)).toEqual([sha256]);
      expect(await readdir(dirname(m.mediaDir))).not.toContain('escape.png');
    },
  );

  it.each(['/media/..%2F..%2Fetc%2Fpasswd', `/media/${'A'.repeat(64)}`, '/media/%00'])(
    'answers 404 to %s',
    async (path) => {
      const res = await m.request(path);
      expect(res.status).toBe(404);
    },
  );

  it('never serves a file outside the media root by dot segments', async () => {
    const res = await m.request('/media/../../etc/passwd');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('root:');
  });

  it('refuses a media delete by a path that is not a sha256', async () => {
    const res = await m.editor('DELETE', '/api/media/..%2F..%2Fetc%2Fpasswd');
    expect(res.status).toBe(400);
  });
});

describe('CSRF', () => {
  it('refuses a form post with the session cookie from another origin', async () => {
    const cookie = await m.signIn();
    const res = await m.request('/api/slides', {
      method: 'POST',
      headers: {
        cookie,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'kind=message&title=x&heading=x',
    });
    expect(res.status).toBe(403);
    expect((await m.editor('GET', '/api/slides')).status).toBe(200);
    expect((await (await m.editor('GET', '/api/slides')).json()).items).toEqual([]);
  });

  it('refuses a multipart upload from another origin', async () => {
    const res = await upload(PNG, 'a.png', 'image/png', 'https://evil.example');
    expect(res.status).toBe(403);
    expect(await readdir(m.mediaDir)).toEqual([]);
  });

  it('refuses a same-origin write that is not JSON with 415', async () => {
    const cookie = await m.signIn();
    const res = await m.request('/api/slides', {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'text/plain' },
      body: JSON.stringify({ kind: 'message', title: 'x', heading: 'x' }),
    });
    expect(res.status).toBe(415);
  });
});

describe('security headers', () => {
  it.each(['/api/slides', '/api/session', '/media/x', '/admin/', '/'])(
    'sends a strict policy on %s',
    async (path) => {
      const res = await m.request(path);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    },
  );
});
