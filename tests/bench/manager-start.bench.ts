import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import type { BenchFigure } from './bench-figure.js';
import { BENCH_LIMITS } from './fixtures/seed-department.js';

const ROOT = resolve(import.meta.dirname, '../..');
const COMPILED = ['manager/dist/index.js'];
const SOURCES = ['--import', 'tsx', 'manager/src/index.ts'];
const RUNS = 3;
const BURST_SECONDS = 10;
const BURST_CONNECTIONS = 20;
let nextPort = 18_900 + Math.floor(Math.random() * 500);

/**
 * The compiled manager as `npm start` runs it: time from `node` starting to the first answer
 * (a new data directory, so migrations and the demo seed included), its resident memory once
 * started, and again after a burst of requests (the manifest screens poll, the admin app's and
 * the player's pages). The same manager run from its TypeScript sources with tsx, as
 * `npm start` did before, is the baseline.
 */
export default async function managerStart(): Promise<BenchFigure[]> {
  if (!existsSync(join(ROOT, COMPILED[0] ?? ''))) {
    throw new Error('the manager is not built: run `npm run build` first');
  }
  const compiled = await startRuns(COMPILED);
  const sources = await startRuns(SOURCES);
  const burst = await rssAfterBurst();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return [
    {
      benchmark: 'manager start (compiled)',
      figure: 'start to first answer, new data directory (median)',
      value: median(compiled.map((run) => run.startMs)),
      unit: 'ms',
      baseline: { name: 'tsx from sources', value: median(sources.map((run) => run.startMs)) },
    },
    {
      benchmark: 'manager start (compiled)',
      figure: 'resident memory once started (median)',
      value: mb(median(compiled.map((run) => run.rssBytes))),
      unit: 'MB',
      baseline: { name: 'tsx from sources', value: mb(median(sources.map((run) => run.rssBytes))) },
    },
    {
      benchmark: 'manager start (compiled)',
      figure: `resident memory after ${BURST_SECONDS} s of ${BURST_CONNECTIONS} connections (${Math.round(burst.requests)} requests)`,
      value: mb(burst.rssBytes),
      unit: 'MB',
    },
  ];
}

interface Started {
  child: ChildProcess;
  url: string;
  dataDir: string;
  startMs: number;
}

async function startOnce(entry: string[]): Promise<Started> {
  const port = nextPort++;
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'bang-tin-bench-start-'));
  const startedAt = performance.now();
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...BENCH_LIMITS,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      ADMIN_PASSWORD: 'bench-admin-password',
      DEMO_CONTENT: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  while (child.exitCode === null) {
    const answered = await fetch(`${url}/`).then(
      async (res) => {
        await res.arrayBuffer();
        return res.ok;
      },
      () => false,
    );
    if (answered)
      return { child, url, dataDir, startMs: Math.round(performance.now() - startedAt) };
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`the manager (${entry.join(' ')}) exited before answering`);
}

async function stop({ child, dataDir }: Started): Promise<void> {
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/** Resident memory of a process, from /proc (Linux). */
function rss(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kilobytes) throw new Error('no VmRSS in /proc status');
  return Number(kilobytes) * 1024;
}

async function startRuns(entry: string[]) {
  const runs: Array<{ startMs: number; rssBytes: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const started = await startOnce(entry);
    try {
      // Let the start-up work that follows the first answer (timers, the first refresh) settle.
      await new Promise((done) => setTimeout(done, 1000));
      runs.push({ startMs: started.startMs, rssBytes: rss(started.child.pid) });
    } finally {
      await stop(started);
    }
  }
  return runs;
}

async function rssAfterBurst(): Promise<{ rssBytes: number; requests: number }> {
  const started = await startOnce(COMPILED);
  try {
    const token = readFileSync(join(started.dataDir, 'demo-screen.token'), 'utf8').trim();
    const result = await autocannon({
      url: started.url,
      connections: BURST_CONNECTIONS,
      duration: BURST_SECONDS,
      requests: [
        {
          method: 'GET',
          path: '/api/device/manifest',
          headers: { authorization: `Bearer ${token}` },
        },
        { method: 'GET', path: '/admin/' },
        { method: 'GET', path: '/' },
      ],
    });
    if (result.non2xx > 0) throw new Error(`${result.non2xx} answers of the burst were not 2xx`);
    return { rssBytes: rss(started.child.pid), requests: result.requests.total };
  } finally {
    await stop(started);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
