// Builds the player, runs every test (vitest, then Playwright) and ends with one line:
// `tests: N passed, N failed`, summed over both runners.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSystemPackages } from './system-packages.mjs';

// Stop before running anything when the browser tests could not run: no half result.
if (!ensureSystemPackages()) process.exit(1);

const reports = mkdtempSync(join(tmpdir(), 'bang-tin-tests-'));
const totals = { passed: 0, failed: 0 };

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const buildStatus = run('npm', ['run', 'build', '--silent']);
if (buildStatus !== 0) totals.failed += 1;

const vitestFile = join(reports, 'vitest.json');
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestFile}`,
]);
const vitest = readJson(vitestFile);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
}
if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0)) totals.failed += 1;

// The end-to-end tests, then the fault scenarios (playwright.faults.config.ts).
const playwrightRuns = [[], ['--config', 'playwright.faults.config.ts']];
for (const [index, config] of playwrightRuns.entries()) {
  if (buildStatus !== 0) break;
  const playwrightFile = join(reports, `playwright-${index}.json`);
  const playwrightStatus = run('npx', ['playwright', 'test', ...config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightFile,
  });
  const stats = readJson(playwrightFile)?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
  }
  if (!stats || (playwrightStatus !== 0 && stats.unexpected === 0)) totals.failed += 1;
}

rmSync(reports, { recursive: true, force: true });
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
