import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager | undefined;
let dist: string | undefined;
afterEach(async () => {
  await m?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

async function withBuiltPlayer() {
  dist = await mkdtemp(join(tmpdir(), 'bangtin-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>player</title>');
  await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  m = await createTestManager({ playerDir: dist });
  return m;
}

describe('player static files', () => {
  it('answers 503 telling to build when the player is not built', async () => {
    m = await createTestManager();
    const res = await m.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });

  it('serves index.html revalidated on every load', async () => {
    const app = await withBuiltPlayer();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed assets forever but not the service worker', async () => {
    const app = await withBuiltPlayer();
    expect((await app.request('/assets/app-1a2b.js')).headers.get('cache-control')).toContain(
      'immutable',
    );
    expect((await app.request('/sw.js')).headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for unknown pages that accept HTML, but not for the API', async () => {
    const app = await withBuiltPlayer();
    const page = await app.request('/some/screen', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>player</title>');
    const api = await app.request('/api/unknown', { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('not_found');
    const missingAsset = await app.request('/assets/missing.js');
    expect(missingAsset.status).toBe(404);
  });

  it('never serves files outside the player folder', async () => {
    const app = await withBuiltPlayer();
    const res = await app.request('/..%2F..%2Fetc%2Fpasswd');
    expect(res.status).toBe(404);
  });
});
