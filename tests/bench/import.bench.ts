// How fast screens' manifest requests are answered while the largest allowed procedure list is
// imported: a real node:http server (the app, as index.ts serves it), a screen
// polling its manifest every 10 ms, and an editor uploading a 20,000-row, ~4.9 MB CSV.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { IMPORT_LIMITS } from '../../manager/src/procedures/import-limits.js';
import { createTestManager, ORIGIN } from '../helpers/manager-app.js';
import type { BenchFigure } from './bench-figure.js';

const TARGET_MS = 500;

function largestList(): Buffer {
  const rows = IMPORT_LIMITS.rows;
  const pad = 'x'.repeat(Math.floor((IMPORT_LIMITS.bytes - 64 * 1024) / rows) - 40);
  const lines = ['Mã thủ tục,Tên thủ tục,Lĩnh vực'];
  for (let i = 0; i < rows; i++) lines.push(`1.${i},Thủ tục ${i} ${pad},Hộ tịch`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export default async function importBenchmark(): Promise<BenchFigure[]> {
  const m = await createTestManager();
  const server = createServer(getRequestListener(m.app.fetch));
  try {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { token } = await m.pairScreen();
    const cookie = await m.signIn();
    const poll = async (until: () => boolean) => {
      const times: number[] = [];
      while (!until()) {
        const started = performance.now();
        const res = await fetch(`${base}/api/device/manifest`, {
          headers: { authorization: `Bearer ${token}` },
        });
        await res.arrayBuffer();
        times.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return times.sort((a, b) => a - b);
    };

    const quietEnd = performance.now() + 2_000;
    const quiet = await poll(() => performance.now() > quietEnd);

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(largestList())]), 'list.csv');
    let done = false;
    const importing = fetch(`${base}/api/procedures/import?dryRun=true`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN },
      body: form,
    }).then(async (res) => {
      done = true;
      if (res.status !== 200) throw new Error(`import: ${res.status}`);
      return res.json();
    });
    const busy = await poll(() => done);
    await importing;

    const benchmark = 'procedure import';
    const worst = busy.at(-1) ?? 0;
    return [
      {
        benchmark,
        figure: `manifest p50 while importing ${IMPORT_LIMITS.rows} rows`,
        value: percentile(busy, 0.5),
        unit: 'ms',
        baseline: { name: 'no import', value: percentile(quiet, 0.5) },
      },
      {
        benchmark,
        figure: 'manifest p99 while importing',
        value: percentile(busy, 0.99),
        unit: 'ms',
        baseline: { name: 'no import', value: percentile(quiet, 0.99) },
      },
      {
        benchmark,
        figure: `slowest manifest of ${busy.length} while importing`,
        value: worst,
        unit: 'ms',
        target: `≤ ${TARGET_MS} ms`,
        met: worst <= TARGET_MS,
      },
    ];
  } finally {
    server.close();
    await m.close();
  }
}
