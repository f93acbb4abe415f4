import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ADMIN_PASSWORD = 'e2e-admin-password';

export interface ManagerProcess {
  url: string;
  dataDir: string;
  /** Stops the server; the data directory stays for a restart. */
  stop(): Promise<void>;
  /** Kills it outright (SIGKILL, as a power cut or an OOM kill would). */
  kill(): Promise<void>;
  /** The server's process id while it runs. */
  pid(): number | undefined;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
  /** Stops it and removes the data directory. */
  dispose(): Promise<void>;
}

/** How `npm start` runs the manager: the compiled files `npm run build` writes. */
const COMPILED_ENTRY = ['manager/dist/index.js'];
/** The TypeScript sources, so that a test of the manager needs no build first. */
const SOURCE_ENTRY = ['--import', 'tsx', 'manager/src/index.ts'];

/**
 * A real manager in its own process, on a free port, with a temporary data directory; from its
 * sources unless `compiled` asks for the build.
 */
export async function startManager(
  options: {
    demo?: boolean;
    compiled?: boolean;
    env?: Record<string, string>;
    /** How long it may take to answer (30 s; longer for a store with ten thousand screens). */
    startTimeoutMs?: number;
  } = {},
): Promise<ManagerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bang-tin-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  const start = async () => {
    output = '';
    child = spawn(process.execPath, options.compiled ? COMPILED_ENTRY : SOURCE_ENTRY, {
      cwd: resolve(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        PUBLIC_URL: url,
        ADMIN_PASSWORD,
        DEMO_CONTENT: options.demo ? 'true' : 'false',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    await waitUntilUp(url, child, () => output, options.startTimeoutMs ?? 30_000);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill(signal);
    const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    url,
    dataDir,
    stop: () => stop(),
    kill: () => stop('SIGKILL'),
    pid: () => child?.pid,
    start,
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilUp(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`manager exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/openapi.json`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`manager did not start within ${timeoutMs / 1000} s:\n${output()}`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
