// `npm run bench`: runs every tests/bench/*.bench.ts in turn, prints a table and writes
// tests/bench/results/latest.json. Never part of `npm test`.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure, Benchmark } from './bench-figure.js';

const here = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

const figures: BenchFigure[] = [];
const failures: Array<{ file: string; error: string }> = [];
for (const file of files) {
  process.stdout.write(`running ${file}…\n`);
  try {
    const module = (await import(join(here, file))) as { default: Benchmark };
    figures.push(...(await module.default()));
  } catch (error) {
    failures.push({ file, error: error instanceof Error ? error.message : String(error) });
  }
}

const rows = figures.map((f) => [
  f.benchmark,
  f.figure,
  `${format(f.value)} ${f.unit}`,
  f.baseline ? `${f.baseline.name}: ${format(f.baseline.value)} ${f.unit}` : '',
  f.target ?? '',
  f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
]);
const header = ['benchmark', 'figure', 'value', 'baseline (same run)', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
for (const failure of failures) process.stdout.write(`FAILED ${failure.file}: ${failure.error}\n`);

mkdirSync(join(here, 'results'), { recursive: true });
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryBytes: totalmem(),
  node: process.version,
};
writeFileSync(
  join(here, 'results', 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, figures, failures }, null, 2)}\n`,
);
process.exitCode = failures.length > 0 ? 1 : 0;

function format(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 3 : 1 });
}
