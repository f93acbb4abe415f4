import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { EditorClient } from '../helpers/editor-client.js';
import { startManager } from '../helpers/manager-process.js';
import type { BenchFigure } from './bench-figure.js';
import { BENCH_LIMITS, seedDepartment } from './fixtures/seed-department.js';

const DURATION_SECONDS = 10;
const CONNECTIONS = 50;

/**
 * Manifest requests/s and p99 latency, beside a bare node:http server sending the same bytes.
 * Both servers run in a process of their own, with autocannon in this one. The token's rate
 * limit is lifted: here one token stands for many screens.
 */
export default async function manifestThroughput(): Promise<BenchFigure[]> {
  const manager = await startManager({ env: BENCH_LIMITS });
  try {
    const editor = await EditorClient.signIn(manager.url);
    const department = await seedDepartment(manager.url, editor);
    const screen = department.screens[0];
    if (!screen) throw new Error('no screen seeded');
    const auth = { authorization: `Bearer ${screen.token}` };
    const first = await fetch(`${manager.url}/api/device/manifest`, { headers: auth });
    const etag = first.headers.get('etag') ?? '';
    const body = Buffer.from(await first.arrayBuffer());

    const baseline = await startBaseline(body, etag);
    const baselineUrl = baseline.url;
    try {
      const figures: BenchFigure[] = [];
      for (const [label, headers] of [
        ['full (200)', auth],
        ['conditional (304)', { ...auth, 'if-none-match': etag }],
      ] as const) {
        const ours = await load(`${manager.url}/api/device/manifest`, headers);
        const bare = await load(`${baselineUrl}/`, headers);
        figures.push(
          {
            benchmark: `manifest ${label}`,
            figure: 'requests/s',
            value: Math.round(ours.requests),
            unit: 'req/s',
            baseline: { name: 'bare node:http', value: Math.round(bare.requests) },
            target: '≥ 0.7 × baseline',
            met: ours.requests >= 0.7 * bare.requests,
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
      figures.push({ benchmark: 'manifest', figure: 'size', value: body.length, unit: 'B' });
      return figures;
    } finally {
      baseline.close();
    }
  } finally {
    await manager.dispose();
  }
}

async function startBaseline(body: Buffer, etag: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bang-tin-bench-'));
  const file = join(dir, 'manifest.json');
  writeFileSync(file, body);
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'fixtures/bare-server.mjs'), file, etag],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
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

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
  });
  if (result.non2xx > 0 && !headers['if-none-match']) {
    throw new Error(`${url} answered ${result.non2xx} non-2xx responses`);
  }
  return { requests: result.requests.average, p99: result.latency.p99 };
}
