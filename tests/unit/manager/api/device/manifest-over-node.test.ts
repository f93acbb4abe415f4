import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

/**
 * The manifest route as a screen meets it, through Node's server: its request headers are read
 * from what Node parsed and its 304 goes out in plain headers (tests through `app.request` take
 * the other way of both).
 */
let m: TestManager;
let server: Server;
let origin: string;
const now = Date.UTC(2026, 11, 6, 9);
beforeEach(async () => {
  m = await createTestManager({ clock: () => now });
  server = createServer(getRequestListener(m.app.fetch));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.close();
  await m.close();
});

const manifest = (token: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/device/manifest`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
  });

describe('the manifest over node:http', () => {
  it('answers its own ETag with a bare 304 that still carries the server time', async () => {
    const { token } = await m.pairScreen();
    const full = await manifest(token);
    expect(full.status).toBe(200);
    const etag = full.headers.get('etag') ?? '';
    expect(full.headers.get('x-server-time')).toBe(String(now));
    expect(full.headers.get('content-security-policy')).toContain("default-src 'none'");

    for (const named of [etag, `"other", W/${etag}`]) {
      const again = await manifest(token, { 'if-none-match': named });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('no-cache');
      expect(again.headers.get('x-server-time')).toBe(String(now));
      expect(await again.text()).toBe('');
    }
    const stale = await manifest(token, { 'if-none-match': '"not-this-one"' });
    expect(stale.status).toBe(200);
  });

  it('reads the token and the encoding from the headers Node parsed', async () => {
    const { token } = await m.pairScreen();
    const refused = await manifest('x'.repeat(20));
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-server-time')).toBe(String(now));
    const gzipped = await manifest(token, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect((await gzipped.json()).version).toBeTruthy();
  });
});
