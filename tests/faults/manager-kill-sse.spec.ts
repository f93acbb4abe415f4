import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { pairScreen } from '../helpers/pair-screen.js';
import { messageSlide, playlistOf, setDefaultPlaylist } from '../helpers/player-scenario.js';
import { SseScreenClient } from '../helpers/sse-screen-client.js';

/** One event stream per screen, as in a building: a screen may hold only a few at once. */
const CLIENTS = 1_000;
const PAIRING_AT_ONCE = 25;

let manager: ManagerProcess;
const clients: SseScreenClient[] = [];

test.afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await manager?.dispose();
});

/** Open descriptors and resident memory of a running process, from /proc. */
function usage(pid: number): { fds: number; rssKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { fds: readdirSync(`/proc/${pid}/fd`).length, rssKb };
}

const settled = () => new Promise((done) => setTimeout(done, 2_000));

test('1,000 event streams survive a kill -9 of the manager: bounded reconnects, all converge, nothing leaks', async () => {
  test.setTimeout(180_000);
  manager = await startManager({
    env: { DEVICE_REQUESTS_PER_MINUTE: '10000000', PAIRING_CODES_PER_10_MINUTES: '100000' },
  });
  const editor = await EditorClient.signIn(manager.url);
  const first = await messageSlide(editor, 'Trước');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Trước', [first], 10)).id);
  const tokens: string[] = [];
  for (let i = 0; i < CLIENTS; i += PAIRING_AT_ONCE) {
    const batch = Array.from({ length: PAIRING_AT_ONCE }, (_, j) =>
      pairScreen(manager.url, editor, `M${i + j}`).then((paired) => paired.token),
    );
    tokens.push(...(await Promise.all(batch)));
  }
  await settled();
  const before = usage(manager.pid() as number);

  for (let i = 0; i < CLIENTS; i++) {
    const client = new SseScreenClient(manager.url, tokens[i] as string);
    clients.push(client);
    client.open();
  }
  await expect
    .poll(() => clients.filter((c) => c.connected && c.version).length, { timeout: 30_000 })
    .toBe(CLIENTS);

  const killedAt = Date.now();
  await manager.kill();
  await expect.poll(() => clients.filter((c) => c.connected).length).toBe(0);
  await manager.start();

  const second = await messageSlide(editor, 'Sau');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Sau', [second], 10)).id);
  const latest = new Map<string, string>();
  for (const token of tokens) {
    const answer = await fetch(`${manager.url}/api/device/manifest`, {
      headers: { authorization: `Bearer ${token}` },
    });
    latest.set(token, ((await answer.json()) as { version: string }).version);
  }
  await expect
    .poll(() => clients.filter((c) => c.connected && c.version === latest.get(c.token)).length, {
      timeout: 60_000,
    })
    .toBe(CLIENTS);

  // Jitter spreads the reconnections: no tenth of a second sees more than 40 % of the screens.
  const retries = clients.flatMap((c) => c.attempts.filter((at) => at > killedAt));
  const perWindow = new Map<number, number>();
  for (const at of retries) {
    const window = Math.floor(at / 100);
    perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
  }
  expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(CLIENTS * 0.4);

  for (const client of clients.splice(0)) client.close();
  await settled();
  const after = usage(manager.pid() as number);
  expect(after.fds).toBeLessThanOrEqual(before.fds + 5);
  expect(after.rssKb).toBeLessThanOrEqual(before.rssKb * 1.5);
});
