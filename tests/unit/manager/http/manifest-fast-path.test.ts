import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager } from '../../../helpers/manager-app.js';

type TestManager = Awaited<ReturnType<typeof createTestManager>>;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Whether the fast path answered (rather than the app). */
  fast: boolean;
}

/** Headers that differ between any two answers, whoever sends them. */
const VARYING = ['date', 'x-server-time', 'connection', 'keep-alive', 'transfer-encoding'];

let m: TestManager;
let server: Server;
let base: string;
let lastFast = false;

async function start(options: Parameters<typeof createTestManager>[0] = {}) {
  m = await createTestManager(options);
  const appListener = getRequestListener(m.app.fetch);
  server = createServer((request, response) => {
    lastFast = m.fastPath(request, response);
    if (!lastFast) void appListener(request, response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** A raw GET (no automatic decompression), so bodies and headers compare byte for byte. */
function get(path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          fast: lastFast,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function comparable(answer: Answer) {
  const headers = Object.fromEntries(
    Object.entries(answer.headers).filter(([name]) => !VARYING.includes(name)),
  );
  return { status: answer.status, headers, body: answer.body.toString('base64') };
}

afterEach(async () => {
  server.close();
  await m.close();
});

describe('the manifest fast path', () => {
  beforeEach(() => start());

  it('answers a known token exactly as the app does: 200, gzip, 304 and weak 304', async () => {
    const { token } = await m.pairScreen();
    const auth = { authorization: `Bearer ${token}` };
    const first = await get('/api/device/manifest', auth);
    expect(first.fast).toBe(false);
    const etag = String(first.headers.etag);
    const cases: Array<Record<string, string>> = [
      auth,
      { ...auth, 'accept-encoding': 'gzip, deflate' },
      { ...auth, 'if-none-match': etag },
      { ...auth, 'if-none-match': `"other", W/${etag}` },
    ];
    for (const headers of cases) {
      const fast = await get('/api/device/manifest', headers);
      expect(fast.fast).toBe(true);
      const viaApp = await m.request('/api/device/manifest', { headers });
      const app: Answer = {
        status: viaApp.status,
        headers: Object.fromEntries(viaApp.headers),
        body: Buffer.from(await viaApp.arrayBuffer()),
        fast: false,
      };
      // The app's Response does not list its own length; node adds it on the wire.
      app.headers['content-length'] = fast.headers['content-length'];
      expect(comparable(fast)).toEqual(comparable(app));
      expect(Number(fast.headers['x-server-time'])).toBeGreaterThan(0);
    }
    const zipped = await get('/api/device/manifest', { ...auth, 'accept-encoding': 'gzip' });
    expect(JSON.parse(gunzipSync(zipped.body).toString()).version).toBe(etag.replaceAll('"', ''));
  });

  it('leaves unknown, malformed and missing tokens, and other requests, to the app', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer not-a-token-of-any-screen' },
      { authorization: 'Basic abc' },
    ];
    for (const headers of attempts) {
      const answer = await get('/api/device/manifest', headers);
      expect(answer.fast).toBe(false);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body.toString()).error.code).toBe('unauthorized');
    }
    const { token } = await m.pairScreen();
    await get('/api/device/manifest', { authorization: `Bearer ${token}` });
    const withQuery = await get('/api/device/manifest?x=1', { authorization: `Bearer ${token}` });
    expect(withQuery.fast).toBe(false);
    expect(withQuery.status).toBe(200);
  });

  it('stops answering a token once it is revoked, or its screen deleted', async () => {
    const revoked = await m.pairScreen('Revoked');
    const deleted = await m.pairScreen('Deleted');
    for (const { token } of [revoked, deleted]) {
      expect((await get('/api/device/manifest', { authorization: `Bearer ${token}` })).status).toBe(
        200,
      );
      expect((await get('/api/device/manifest', { authorization: `Bearer ${token}` })).fast).toBe(
        true,
      );
    }
    expect((await m.editor('POST', `/api/screens/${revoked.screenId}/revoke`)).status).toBe(200);
    expect((await m.editor('DELETE', `/api/screens/${deleted.screenId}`)).status).toBe(204);
    for (const { token } of [revoked, deleted]) {
      const answer = await get('/api/device/manifest', { authorization: `Bearer ${token}` });
      expect(answer.fast).toBe(false);
      expect(answer.status).toBe(401);
    }
  });
});

describe('the manifest fast path and the rate limit', () => {
  beforeEach(() => start({ rateLimits: { devicePerToken: { limit: 3, windowMs: 60_000 } } }));

  it('counts its answers, and leaves the over-limit request to the app (429)', async () => {
    const { token } = await m.pairScreen();
    const auth = { authorization: `Bearer ${token}` };
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await get('/api/device/manifest', auth));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((a) => a.fast)).toEqual([false, true, true, false]);
    expect(answers[3]?.headers['retry-after']).toBeDefined();
  });
});
