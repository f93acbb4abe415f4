import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('API documentation', () => {
  it('lists the editor and device routes in the generated OpenAPI document', async () => {
    const res = await m.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/session',
        '/slides',
        '/slides/{id}',
        '/procedures',
        '/hotlines',
        '/playlists',
        '/schedules',
        '/screens',
        '/screens/pair',
        '/screens/{id}/preview',
        '/groups',
        '/settings',
        '/media',
        '/device/pair',
        '/device/manifest',
        '/device/events',
        '/device/plays',
        '/device/heartbeat',
      ]),
    );
    expect(doc.paths['/slides'].post.requestBody.content['application/json'].schema).toBeDefined();
  });

  it('serves a reference page whose every script and style comes from this server', async () => {
    const res = await m.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual([
      '/api/docs/swagger-ui.css',
      '/api/docs/swagger-ui-bundle.js',
      '/api/docs/init.js',
    ]);
    for (const asset of assets) {
      const answer = await m.request(asset ?? '');
      expect(answer.status, asset).toBe(200);
      expect(answer.headers.get('content-type'), asset).toMatch(/^text\/(css|javascript)/);
      await answer.body?.cancel();
    }
  });

  it('turns off the outside validator, which would send the document off the server', async () => {
    const script = await (await m.request('/api/docs/init.js')).text();
    expect(script).toContain('validatorUrl: null');
    expect(script).toContain("url: '/api/openapi.json'");
  });

  it('serves no other file of the package', async () => {
    const res = await m.request('/api/docs/swagger-ui-bundle.js.map');
    expect(res.status).toBe(404);
  });
});
