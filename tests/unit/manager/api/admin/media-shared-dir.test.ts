import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../../../helpers/manager-app.js';

// Two instances behind a proxy share one media folder (MEDIA_DIR on a shared disk).
let a: TestManager;
let b: TestManager;
beforeEach(async () => {
  a = await createTestManager({ maxUploadBytes: 4 * 1024 * 1024 });
  b = await createTestManager({ maxUploadBytes: 4 * 1024 * 1024, mediaDir: a.mediaDir });
});
afterEach(async () => {
  await b.close();
  await a.close();
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function upload(m: TestManager, bytes: Buffer): Promise<Response> {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'same.png');
  return m.request('/api/media', {
    method: 'POST',
    headers: { cookie, origin: ORIGIN },
    body: form,
  });
}

describe('media on a folder two instances share', () => {
  it('never shows a partial file under its hash while both write the same content', async () => {
    const bytes = Buffer.concat([PNG_SIGNATURE, randomBytes(2 * 1024 * 1024)]);
    const hash = sha(bytes);
    const path = join(a.mediaDir, hash);
    const partial: number[] = [];
    let writing = true;
    // Reads the final name over and over while the uploads run: it is absent or complete.
    const watcher = (async () => {
      while (writing) {
        const seen = await readFile(path).catch(() => null);
        if (seen && sha(seen) !== hash) partial.push(seen.length);
        await new Promise((next) => setImmediate(next));
      }
    })();
    const answers = await Promise.all([upload(a, bytes), upload(b, bytes), upload(a, bytes)]);
    writing = false;
    await watcher;

    expect(answers.map((res) => res.status)).toEqual([201, 201, 201]);
    expect(partial).toEqual([]);
    expect(sha(await readFile(path))).toBe(hash);
    // Each writer's temporary file is gone: only the file named by its hash is left.
    expect((await readdir(a.mediaDir)).filter((name) => !name.startsWith('no-'))).toEqual([hash]);
  });
});
