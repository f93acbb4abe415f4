import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { EditorClient } from '../helpers/editor-client.js';
import { startManager } from '../helpers/manager-process.js';
import type { BenchFigure } from './bench-figure.js';
import { BENCH_LIMITS, seedDepartment } from './fixtures/seed-department.js';

const ROUND_SECONDS = 5;
const ROUNDS = 3;
const WARM_UP_SECONDS = 3;
const CONNECTIONS = 50;

/**
 * Manifest requests/s and p99 latency, beside a bare node:http server sending the same bytes:
 * the manager's own answers (status, headers and body) replayed from memory, so the difference
 * is what our stack costs per request. Both servers run in a process of their own, with
 * autocannon in this one; the manager compiled, as `npm start` runs it. The two are loaded in
 * turn, a few short rounds each, and each figure is the median of its rounds: on a shared
 * machine whose speed drifts by half within a minute, one long run of each compared runs made
 * at different speeds. The token's rate limit is lifted: here one token stands for many screens.
 */
export default async function manifestThroughput(): Promise<BenchFigure[]> {
  if (!existsSync(resolve(import.meta.dirname, '../../manager/dist/index.js'))) {
    throw new Error('the manager is not built: run `npm run build` first');
  }
  const manager = await startManager({ compiled: true, env: BENCH_LIMITS });
  try {
    const editor = await EditorClient.signIn(manager.url);
    const department = await seedDepartment(manager.url, editor);
    const screen = department.screens[0];
    if (!screen) throw new Error('no screen seeded');
    const auth = { authorization: `Bearer ${screen.token}` };
    const url = `${manager.url}/api/device/manifest`;
    const full = await rawGet(url, auth);
    const etag = String(full.headers.etag);
    const notModified = await rawGet(url, { ...auth, 'if-none-match': etag });
    if (full.status !== 200 || notModified.status !== 304) throw new Error('unexpected answers');

    const baseline = await startBaseline({ full, notModified, etag });
    const baselineUrl = baseline.url;
    try {
      const figures: BenchFigure[] = [];
      for (const [label, headers, share] of [
        ['full (200)', auth, 0.7],
        // What a restart storm costs (README, "Scaling out"): the app's one route, no bypass.
        ['conditional (304)', { ...auth, 'if-none-match': etag }, 0.5],
      ] as const) {
        const { ours, bare } = await loadInTurn(
          `${manager.url}/api/device/manifest`,
          `${baselineUrl}/`,
          headers,
        );
        figures.push(
          {
            benchmark: `manifest ${label}`,
            figure: 'requests/s',
            value: Math.round(ours.requests),
            unit: 'req/s',
            baseline: { name: 'bare node:http', value: Math.round(bare.requests) },
            target: `≥ ${share} × baseline`,
            met: ours.requests >= share * bare.requests,
          },
          {
            benchmark: `manifest ${label}`,
            figure: 'p99 latency',
            value: ours.p99,
            unit: 'ms',
            baseline: { name: 'bare node:http', value: bare.p99 },
          },
        );
      }
      figures.push({ benchmark: 'manifest', figure: 'size', value: full.body.length, unit: 'B' });
      return figures;
    } finally {
      baseline.close();
    }
  } finally {
    await manager.dispose();
  }
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET as autocannon makes it (no compression asked), read to the end. */
function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** What node:http adds by itself, or frames by itself. */
const TRANSPORT_HEADERS = [
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
];

function replayable(answer: RawAnswer) {
  const headers = Object.entries(answer.headers)
    .filter(([name]) => !TRANSPORT_HEADERS.includes(name))
    .map(([name, value]) => [name, String(value)]);
  return { status: answer.status, headers };
}

async function startBaseline(answers: { full: RawAnswer; notModified: RawAnswer; etag: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'bang-tin-bench-'));
  const bodyFile = join(dir, 'manifest.json');
  const answersFile = join(dir, 'answers.json');
  writeFileSync(bodyFile, answers.full.body);
  writeFileSync(
    answersFile,
    JSON.stringify({
      etag: answers.etag,
      full: replayable(answers.full),
      notModified: replayable(answers.notModified),
    }),
  );
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'fixtures/bare-server.mjs'), answersFile, bodyFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  return {
    url: `http://127.0.0.1:${chunk.toString().trim()}`,
    close: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Both servers warmed up unmeasured (their JIT), then measured in turn; medians of the rounds. */
async function loadInTurn(oursUrl: string, bareUrl: string, headers: Record<string, string>) {
  for (const url of [oursUrl, bareUrl]) await load(url, headers, WARM_UP_SECONDS);
  const rounds = { ours: [] as Measured[], bare: [] as Measured[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.ours.push(await load(oursUrl, headers, ROUND_SECONDS));
    rounds.bare.push(await load(bareUrl, headers, ROUND_SECONDS));
  }
  return { ours: medianOf(rounds.ours), bare: medianOf(rounds.bare) };
}

interface Measured {
  requests: number;
  p99: number;
}

async function load(url: string, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx > 0 && !headers['if-none-match']) {
    throw new Error(`${url} answered ${result.non2xx} non-2xx responses`);
  }
  return { requests: result.requests.average, p99: result.latency.p99 };
}

function medianOf(rounds: Measured[]): Measured {
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
  return {
    requests: median(rounds.map((round) => round.requests)),
    p99: median(rounds.map((round) => round.p99)),
  };
}
