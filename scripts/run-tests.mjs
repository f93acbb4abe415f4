// Builds the player, runs every test (vitest, then Playwright) and ends with one line:
// `tests: N passed, N failed`, summed over both runners.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ensureSystemPackages } from './system-packages.mjs';

// Stop before running anything when the browser tests could not run: no half result.
if (!ensureSystemPackages()) process.exit(1);

const reports = mkdtempSync(join(tmpdir(), 'bang-tin-tests-'));
const totals = { passed: 0, failed: 0 };
/** Failed tests, named again just above the last line: a CI log is often read from its end. */
const failures = [];

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

function firstLine(message) {
  return stripVTControlCharacters(message ?? '')
    .trim()
    .split('\n')[0]
    .slice(0, 300);
}

/** Playwright's JSON report nests suites; a spec failed when a test ended other than expected. */
function playwrightFailures(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === 'unexpected')
        .map((test) => {
          const error = test.results.at(-1)?.error?.message;
          return `${spec.file}:${spec.line} > ${spec.title}: ${firstLine(error)}`;
        }),
    ),
    ...playwrightFailures(suite.suites ?? []),
  ]);
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
  for (const file of vitest.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      failures.push(
        `${relative(process.cwd(), file.name)} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
      );
    }
  }
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
  const report = readJson(playwrightFile);
  const stats = report?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    failures.push(...playwrightFailures(report.suites ?? []));
  }
  if (!stats || (playwrightStatus !== 0 && stats.unexpected === 0)) totals.failed += 1;
}

for (const failure of failures) process.stdout.write(`failed: ${failure}\n`);
rmSync(reports, { recursive: true, force: true });
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
