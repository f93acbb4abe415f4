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

  it('serves a reference page that loads nothing from outside this server', async () => {
    const res = await m.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('/api/docs/scalar.js');
    const script = await m.request('/api/docs/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    await script.body?.cancel();
  });
});
