import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function upload(bytes: Buffer, name = 'logo.png', type = 'image/png') {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return m.request('/api/media', {
    method: 'POST',
    headers: { cookie, origin: ORIGIN },
    body: form,
  });
}

describe('media upload', () => {
  it('stores a PNG under its sha256, typed by its bytes', async () => {
    const res = await upload(PNG, 'logo.png', 'application/octet-stream');
    expect(res.status).toBe(201);
    const media = await res.json();
    expect(media).toMatchObject({
      sha256: sha(PNG),
      type: 'image/png',
      bytes: PNG.length,
      name: 'logo.png',
    });
    expect(existsSync(join(m.mediaDir, sha(PNG)))).toBe(true);
    expect((await (await m.editor('GET', '/api/media')).json()).items).toHaveLength(1);
  });

  it('refuses a file whose bytes are not an accepted type with 415, whatever its name says', async () => {
    const res = await upload(Buffer.from('<html>not an image</html>'), 'photo.png', 'image/png');
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
    expect((await (await m.editor('GET', '/api/media')).json()).items).toEqual([]);
  });

  it('refuses a file above the upload limit with 413 and keeps nothing', async () => {
    const res = await upload(Buffer.concat([PNG, Buffer.alloc(5000)]));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    expect((await (await m.editor('GET', '/api/media')).json()).items).toEqual([]);
  });

  it('refuses an upload from another origin (CSRF)', async () => {
    const cookie = await m.signIn();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), 'a.png');
    const res = await m.request('/api/media', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
      body: form,
    });
    expect(res.status).toBe(403);
  });

  it('refuses to delete media a slide uses, then deletes it once unused', async () => {
    const { sha256 } = await (await upload(PNG)).json();
    const slide = await m.create('/api/slides', {
      kind: 'image',
      title: 'Ảnh',
      mediaSha256: sha256,
    });
    expect((await m.editor('DELETE', `/api/media/${sha256}`)).status).toBe(409);
    await m.editor('DELETE', `/api/slides/${slide.id}`);
    expect((await m.editor('DELETE', `/api/media/${sha256}`)).status).toBe(204);
    expect(existsSync(join(m.mediaDir, sha256))).toBe(false);
  });
});

describe('media serving', () => {
  it('serves the bytes with immutable caching, ETag and Accept-Ranges', async () => {
    await upload(PNG);
    const res = await m.request(`/media/${sha(PNG)}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('etag')).toBe(`"${sha(PNG)}"`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
  });

  it('answers a range request with 206 and Content-Range', async () => {
    await upload(PNG);
    const res = await m.request(`/media/${sha(PNG)}`, { headers: { range: 'bytes=8-17' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 8-17/${PNG.length}`);
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('0123456789');
  });

  it('answers an unsatisfiable range with 416 and the error body', async () => {
    await upload(PNG);
    const res = await m.request(`/media/${sha(PNG)}`, { headers: { range: 'bytes=9999-' } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${PNG.length}`);
    expect((await res.json()).error.code).toBe('range_not_satisfiable');
  });

  it('answers HEAD with the headers and no body', async () => {
    await upload(PNG);
    const res = await m.request(`/media/${sha(PNG)}`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(PNG.length));
    expect(await res.text()).toBe('');
  });

  it('answers 404 for unknown or malformed addresses', async () => {
    expect((await m.request(`/media/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await m.request('/media/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});
