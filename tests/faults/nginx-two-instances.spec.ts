import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { pairScreen } from '../helpers/pair-screen.js';
import { messageSlide, playlistOf, setDefaultPlaylist } from '../helpers/player-scenario.js';
import { SseScreenClient } from '../helpers/sse-screen-client.js';

const NGINX = '/usr/sbin/nginx';
const CONFIG = join(import.meta.dirname, '../../deploy/nginx/bang-tin.conf');
/** Both instances share this database once the PostgreSQL store is in (DATABASE_URL). */
const DATABASE_URL = process.env.TEST_DATABASE_URL;

let managers: ManagerProcess[] = [];
let nginx: ChildProcess | null = null;
let dir = '';
let client: SseScreenClient | null = null;
/** A GET's status, or null when nothing answers; the test's self-signed certificate is trusted. */
function get(url: string): Promise<number | null> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((done) => {
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      res.resume();
      done(res.statusCode ?? null);
    });
    req.on('error', () => done(null));
    req.end();
  });
}

test.afterEach(async () => {
  client?.close();
  nginx?.kill('SIGQUIT');
  await Promise.all(managers.map((manager) => manager.dispose()));
  managers = [];
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts deploy/nginx/bang-tin.conf as shipped, with free ports and a throw-away certificate. */
async function startNginx(upstreams: string[]): Promise<{ https: string; http: string }> {
  const [httpPort, tlsPort] = [await freePort(), await freePort()];
  dir = mkdtempSync(join(tmpdir(), 'bang-tin-nginx2-'));
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  let shipped = readFileSync(CONFIG, 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl;', `listen 127.0.0.1:${tlsPort} ssl;`)
    .replace('/etc/ssl/certs/bangtin.example.vn.pem', cert)
    .replace('/etc/ssl/private/bangtin.example.vn.key', key);
  for (const [index, upstream] of upstreams.entries()) {
    shipped = shipped.replace(`127.0.0.1:${8081 + index}`, upstream.replace('http://', ''));
  }
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${shipped}
}
`,
  );
  nginx = spawn(NGINX, ['-c', config, '-g', 'daemon off;'], { stdio: 'ignore' });
  const https = `https://127.0.0.1:${tlsPort}`;
  await expect.poll(async () => await get(`${https}/readyz`)).toBe(200);
  return { https, http: `http://127.0.0.1:${httpPort}` };
}

async function startTwo(): Promise<ManagerProcess[]> {
  const env: Record<string, string> = { TRUST_PROXY: 'true' };
  if (DATABASE_URL) env.DATABASE_URL = DATABASE_URL;
  managers = await Promise.all([startManager({ env }), startManager({ env })]);
  return managers;
}

test('the shipped nginx config serves two instances over TLS and keeps serving when one dies', async () => {
  test.setTimeout(60_000);
  const [first, second] = await startTwo();
  const proxy = await startNginx([first?.url ?? '', second?.url ?? '']);

  expect(await get(`${proxy.http}/admin/`)).toBe(301);
  for (let i = 0; i < 4; i++) expect(await get(`${proxy.https}/readyz`)).toBe(200);

  await first?.kill();
  // nginx retries the dead instance's share on the other one: no request fails.
  for (let i = 0; i < 6; i++) expect(await get(`${proxy.https}/readyz`)).toBe(200);
});

test('a publish through one instance reaches a screen streaming from the other within a second', async () => {
  test.skip(
    !DATABASE_URL,
    'needs TEST_DATABASE_URL=postgres://… (both instances on one PostgreSQL store)',
  );
  test.setTimeout(60_000);
  const [a, b] = await startTwo();
  if (!a || !b) throw new Error('two managers');
  const proxy = await startNginx([a.url, b.url]);
  const editor = await EditorClient.signIn(a.url);
  const { token } = await pairScreen(a.url, editor, 'Hai máy');
  // The screen's stream is held by B; the editor writes through A.
  client = new SseScreenClient(b.url, token);
  client.open();
  await expect.poll(() => client?.version).not.toBeNull();
  const before = client.version;
  const slide = await messageSlide(editor, 'Qua máy A');
  const changedAt = Date.now();
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Qua máy A', [slide], 10)).id);
  await expect.poll(() => client?.version).not.toBe(before);
  expect((client.versionAt ?? 0) - changedAt).toBeLessThan(1_000);
  const published = client.version;
  client.close();

  // B dies; the screen reconnects through nginx, lands on A and keeps its content.
  await b.kill();
  client = new SseScreenClient(proxy.https, token);
  client.open();
  await expect.poll(() => client?.version, { timeout: 10_000 }).toBe(published);
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
