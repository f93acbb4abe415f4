import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../../../helpers/manager-app.js';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures');
const CLIP = readFileSync(join(FIXTURES, 'clip.webm'));
const PICTURE = readFileSync(join(FIXTURES, 'slide.png'));

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

async function upload(bytes: Buffer, name: string, query = '') {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return m.request(`/api/media${query}`, {
    method: 'POST',
    headers: { cookie, origin: ORIGIN },
    body: form,
  });
}

const listed = async () => (await (await m.editor('GET', '/api/media')).json()).items;

describe("a video's length on upload", () => {
  it('stores the length the browser measured and lists it with the file', async () => {
    const res = await upload(CLIP, 'clip.webm', '?durationMs=2040');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ type: 'video/webm', durationMs: 2040 });
    expect(await listed()).toMatchObject([{ durationMs: 2040 }]);
  });

  it('leaves the length unknown when none is sent', async () => {
    expect(await (await upload(CLIP, 'clip.webm')).json()).toMatchObject({ durationMs: null });
  });

  it('keeps no length for a picture', async () => {
    const res = await upload(PICTURE, 'slide.png', '?durationMs=5000');
    expect(await res.json()).toMatchObject({ type: 'image/png', durationMs: null });
  });

  it('learns the length when bytes stored without one are uploaded again', async () => {
    await upload(CLIP, 'clip.webm');
    const again = await upload(CLIP, 'clip.webm', '?durationMs=2040');
    expect(await again.json()).toMatchObject({ durationMs: 2040 });
    expect(await listed()).toMatchObject([{ durationMs: 2040 }]);
  });

  it.each(['0', '-5', '1.5', 'abc', '86400001'])(
    'refuses the length %s with 400 and the error body',
    async (value) => {
      const res = await upload(CLIP, 'clip.webm', `?durationMs=${value}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_input');
      expect(await listed()).toEqual([]);
    },
  );
});
