import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScreenInputSchema } from '@bangtin/shared';
import { randomToken, sha256Hex } from '../../manager/src/auth/tokens.js';
import { deviceTokensRepository } from '../../manager/src/store/device-tokens.js';
import { openStore } from '../../manager/src/store/open-store.js';
import { screensRepository } from '../../manager/src/store/screens.js';
import { EditorClient } from '../helpers/editor-client.js';
import { startManager } from '../helpers/manager-process.js';
import type { BenchFigure } from './bench-figure.js';
import { BENCH_LIMITS } from './fixtures/seed-department.js';
import { openSse } from './sse-client.js';

const SCREENS = 1000;
const CALLS_PER_SECOND = 100;
const SECONDS = 5;
const CALLS = CALLS_PER_SECOND * SECONDS;

/**
 * "Now serving": a queue system calls 100 numbers a second for 5 s while 1,000 screens hold
 * their event streams; the figure is each call's time from its POST to its arrival on each
 * screen (500,000 deliveries), measured in this process, the manager in its own.
 */
export default async function queueCallsToScreens(): Promise<BenchFigure[]> {
  const delays = Float64Array.from(await measure()).sort();
  const row = (figure: string, value: number, target?: string): BenchFigure => ({
    benchmark: `${CALLS_PER_SECOND} queue calls/s to ${SCREENS} screens`,
    figure,
    value: Math.round(value),
    unit: 'ms',
    ...(target ? { target, met: value < 1000 } : {}),
  });
  return [
    row('p50', percentile(delays, 0.5)),
    row('p99', percentile(delays, 0.99), 'p99 < 1 s'),
    row('max', delays.at(-1) ?? 0),
  ];
}

/**
 * Paired screens written straight into a new data directory: pairing a thousand through the API
 * would measure pairing, not calls.
 */
async function seedScreens(dataDir: string): Promise<string[]> {
  const store = await openStore(join(dataDir, 'bang-tin.db'));
  const now = new Date().toISOString();
  const tokens: string[] = [];
  try {
    for (let s = 0; s < SCREENS; s++) {
      const screenId = randomUUID();
      const input = ScreenInputSchema.parse({ name: `Màn hình ${s + 1}` });
      await screensRepository.create(store.db, screenId, input, now);
      const token = randomToken();
      await deviceTokensRepository.insert(store.db, sha256Hex(token), screenId, now);
      tokens.push(token);
    }
  } finally {
    await store.close();
  }
  return tokens;
}

async function measure(): Promise<number[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bang-tin-queue-bench-'));
  const tokens = await seedScreens(dataDir);
  const manager = await startManager({
    env: { ...BENCH_LIMITS, DATA_DIR: dataDir, QUEUE_CALLS_PER_MINUTE: '1000000' },
  });
  const streams: Array<{ close(): void }> = [];
  try {
    const editor = await EditorClient.signIn(manager.url);
    const { token: key } = await editor.post<{ token: string }>('/api/integration-keys', {
      name: 'Bench',
    });
    const sentAt = new Map<string, number>();
    const delays: number[] = [];
    for (const token of tokens) {
      const stream = openSse(
        `${manager.url}/api/device/events`,
        { authorization: `Bearer ${token}` },
        (event) => {
          if (event.event !== 'queue') return;
          const { number } = JSON.parse(event.data) as { number: string };
          const at = sentAt.get(number);
          if (at !== undefined) delays.push(performance.now() - at);
        },
      );
      streams.push(stream);
      await stream.ready;
    }
    const start = performance.now();
    const posts: Array<Promise<unknown>> = [];
    for (let n = 0; n < CALLS; n++) {
      // Paced against the start, so that a slow moment does not stretch the whole run.
      const due = start + (n * 1000) / CALLS_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      const number = String(1000 + n);
      sentAt.set(number, performance.now());
      // Handled at once: a failure must not go unhandled while later calls are still paced.
      const posted = postCall(manager.url, key, { number, counter: String((n % 4) + 1) });
      posts.push(
        posted.then(
          () => null,
          (error: unknown) => error,
        ),
      );
    }
    const failed = (await Promise.all(posts)).filter((error) => error !== null);
    if (failed.length > 0) throw new Error(`${failed.length} calls failed: ${failed[0]}`);
    await waitFor(() => delays.length >= CALLS * SCREENS, 60_000);
    return delays;
  } finally {
    for (const stream of streams) stream.close();
    await manager.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function postCall(baseUrl: string, key: string, call: object): Promise<void> {
  const body = JSON.stringify(call);
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/api/queue/calls`,
      {
        method: 'POST',
        // A connection per call, as a queue system's occasional call makes it.
        agent: false,
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('error', reject);
        res.on('end', () =>
          res.statusCode === 202 ? resolve() : reject(new Error(`call answered ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** The value at `p` of values sorted ascending. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
