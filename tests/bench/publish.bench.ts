import { Agent, createServer, request, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { EditorClient } from '../helpers/editor-client.js';
import { startManager } from '../helpers/manager-process.js';
import type { BenchFigure } from './bench-figure.js';
import { BENCH_LIMITS, seedDepartment } from './fixtures/seed-department.js';
import { copyScreens } from './fixtures/seed-province.js';
import { openSse } from './sse-client.js';

const PLAYERS = 1000;

/** Time from an editor's save until each of 1,000 simulated players holds the new manifest. */
export default async function publishToScreens(): Promise<BenchFigure[]> {
  const ours = await measureManager();
  const raw = await measureRawBroadcast();
  const row = (figure: string, value: number, base: number, target?: string): BenchFigure => ({
    benchmark: `publish to ${PLAYERS} players`,
    figure,
    value: Math.round(value),
    unit: 'ms',
    baseline: { name: 'raw SSE broadcast', value: Math.round(base) },
    ...(target ? { target, met: value < 1000 } : {}),
  });
  return [
    row('p50', percentile(ours, 0.5), percentile(raw, 0.5)),
    row('p99', percentile(ours, 0.99), percentile(raw, 0.99), 'p99 < 1 s'),
    row('max', Math.max(...ours), Math.max(...raw)),
  ];
}

async function measureManager(): Promise<number[]> {
  const manager = await startManager({ env: BENCH_LIMITS });
  const connections: Array<{ close(): void }> = [];
  try {
    const editor = await EditorClient.signIn(manager.url);
    const { screens } = await seedDepartment(manager.url, editor);
    const first = screens[0];
    if (!first) throw new Error('no screens');
    // A screen holds at most three streams (sse-hub.ts): each player is a screen of its own,
    // the department's and copies of its first.
    const tokens = [
      ...screens.map((screen) => screen.token),
      ...(await copyScreens(
        join(manager.dataDir, 'bang-tin.db'),
        first.id,
        PLAYERS - screens.length,
      )),
    ];
    let savedAt = 0;
    const arrivals: number[] = [];
    const initial: Array<Promise<void>> = [];
    for (const token of tokens) {
      const player = simulatedPlayer(manager.url, token, () => {
        if (savedAt > 0) arrivals.push(performance.now() - savedAt);
      });
      connections.push(player);
      initial.push(player.synced);
    }
    await Promise.all(initial);
    const settings = await editor.get<Record<string, unknown>>('/api/settings');
    savedAt = performance.now();
    await editor.put('/api/settings', { ...settings, tickerText: `Cập nhật ${Date.now()}` });
    await waitFor(() => arrivals.length >= PLAYERS, 30_000);
    return arrivals;
  } finally {
    for (const connection of connections) connection.close();
    keepAlive.destroy();
    await manager.dispose();
  }
}

/**
 * Listens for manifest events and fetches the manifest conditionally, as a player does. The
 * gzip body is received in full but not inflated: a thousand players inflate on a thousand
 * boxes, and here one process stands for them all.
 */
function simulatedPlayer(baseUrl: string, token: string, onNewManifest: () => void) {
  const auth = { authorization: `Bearer ${token}` };
  let version = '';
  let resolveSynced: () => void = () => undefined;
  const synced = new Promise<void>((done) => {
    resolveSynced = done;
  });
  const sse = openSse(`${baseUrl}/api/device/events`, auth, async (event) => {
    if (event.event !== 'manifest') return;
    const announced = (JSON.parse(event.data) as { version: string }).version;
    if (announced === version) return;
    const answer = await getManifest(`${baseUrl}/api/device/manifest`, {
      ...auth,
      'accept-encoding': 'gzip',
      ...(version ? { 'if-none-match': `"${version}"` } : {}),
    });
    if (answer.status === 200) {
      version = answer.etag.replaceAll('"', '');
      if (version === announced) {
        resolveSynced();
        onNewManifest();
      }
    }
  });
  return { synced, close: sse.close };
}

/** A GET over a kept-alive connection, its body read to the end. */
function getManifest(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; etag: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: keepAlive }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag ?? '' }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 256 });

async function measureRawBroadcast(): Promise<number[]> {
  const clients: ServerResponse[] = [];
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(': hello\n\n');
    clients.push(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  let sentAt = 0;
  const arrivals: number[] = [];
  const connections = Array.from({ length: PLAYERS }, () =>
    openSse(url, {}, () => arrivals.push(performance.now() - sentAt)),
  );
  try {
    await Promise.all(connections.map((c) => c.ready));
    await waitFor(() => clients.length >= PLAYERS, 10_000);
    sentAt = performance.now();
    for (const client of clients) client.write('event: manifest\ndata: {"version":"x"}\n\n');
    await waitFor(() => arrivals.length >= PLAYERS, 10_000);
    return arrivals;
  } finally {
    for (const connection of connections) connection.close();
    server.closeAllConnections();
    server.close();
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
