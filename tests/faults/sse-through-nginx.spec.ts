import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// The README's idle timeout (75 s) shortened to just above the manager's 25 s ping, so that
// the test sees the proxy's timeout pass without waiting over a minute.
const IDLE_TIMEOUT_S = 30;

let manager: ManagerProcess;
let nginx: ChildProcess | null = null;
let dir = '';
let client: SseScreenClient | null = null;

test.afterEach(async () => {
  client?.close();
  nginx?.kill('SIGQUIT');
  await manager?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The `location` block the README recommends, pointed at `upstream`. */
function readmeLocation(upstream: string): string {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('the README has no nginx configuration');
  return block
    .replace('http://127.0.0.1:8080', upstream)
    .replace(/proxy_read_timeout \d+s;/, `proxy_read_timeout ${IDLE_TIMEOUT_S}s;`);
}

async function startNginx(upstream: string): Promise<string> {
  const port = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'bang-tin-nginx-'));
  const config = join(dir, 'nginx.conf');
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    config,
    `pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    ${readmeLocation(upstream)}
  }
}
`,
  );
  nginx = spawn(NGINX, ['-c', config, '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => (await fetch(`${url}/api/openapi.json`).catch(() => null))?.status)
    .toBe(200);
  return url;
}

test('events reach a screen through nginx within a second, and the stream outlives its idle timeout', async () => {
  test.setTimeout(90_000);
  manager = await startManager();
  const proxied = await startNginx(manager.url);
  const editor = await EditorClient.signIn(manager.url);
  const { token } = await pairScreen(manager.url, editor, 'Sau nginx');
  client = new SseScreenClient(proxied, token);
  client.open();
  await expect.poll(() => client?.version).not.toBeNull();

  const announce = async (title: string) => {
    const slide = await messageSlide(editor, title);
    const before = client?.version;
    const changedAt = Date.now();
    await setDefaultPlaylist(editor, (await playlistOf(editor, title, [slide], 10)).id);
    await expect.poll(() => client?.version).not.toBe(before);
    expect((client?.versionAt ?? 0) - changedAt).toBeLessThan(1_000);
  };
  await announce('Lần một');

  // Longer than nginx waits for a silent upstream: only the manager's pings keep it open.
  await new Promise((done) => setTimeout(done, (IDLE_TIMEOUT_S + 5) * 1_000));
  expect(client.connected).toBe(true);
  await announce('Lần hai');
  expect(client.attempts).toHaveLength(1);
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
