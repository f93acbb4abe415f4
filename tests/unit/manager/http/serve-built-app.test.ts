import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager | undefined;
const dists: string[] = [];
afterEach(async () => {
  await m?.close();
  await Promise.all(dists.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function builtApp(title: string): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'bangtin-dist-'));
  dists.push(dist);
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), `<!doctype html><title>${title}</title>`);
  await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  return dist;
}

async function withBuiltPlayer() {
  m = await createTestManager({ playerDir: await builtApp('player') });
  return m;
}

async function withBothApps() {
  m = await createTestManager({
    playerDir: await builtApp('player'),
    adminDir: await builtApp('admin'),
  });
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

describe('admin static files', () => {
  it('redirects /admin to /admin/', async () => {
    const app = await withBothApps();
    const res = await app.request('/admin');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/admin/');
  });

  it('serves the admin app under /admin/, with its own fallback page', async () => {
    const app = await withBothApps();
    expect(await (await app.request('/admin/')).text()).toContain('<title>admin</title>');
    const deep = await app.request('/admin/slides/42', { headers: { accept: 'text/html' } });
    expect(await deep.text()).toContain('<title>admin</title>');
    const asset = await app.request('/admin/assets/app-1a2b.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('never hands the player page to an admin path', async () => {
    m = await createTestManager({ playerDir: await builtApp('player') });
    const res = await m.request('/admin/', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(503);
  });
});
