import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ErrorCode } from '@bangtin/shared';
import { ApiError } from '../errors.js';
import type { MappingChoice } from './parse-procedure-table.js';
import type { WorkerAnswer } from './procedure-import-worker.js';
import type { ReadProcedureTable } from './read-procedure-file.js';

const SOURCE_IS_TS = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(
  `./procedure-import-worker.${SOURCE_IS_TS ? 'ts' : 'js'}`,
  import.meta.url,
);

/**
 * Run from TypeScript sources (tsx, vitest), the worker first registers tsx's loader, then
 * imports its file (Node 20 loads a worker's entry before an `--import` hook is in place).
 */
function startWorker(options: WorkerOptions): Worker {
  if (!SOURCE_IS_TS) return new Worker(WORKER_URL, options);
  const esm = createRequire(import.meta.url).resolve('tsx/esm');
  const api = pathToFileURL(join(dirname(esm), 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** A file that takes longer than this to read is refused; the worker is stopped. */
const WORKER_TIMEOUT_MS = 30_000;
/** Enough for the largest allowed list; a workbook that would need more stops the worker only. */
const WORKER_HEAP_MB = 512;

/**
 * Reads a procedure file in a worker thread, so that parsing a large or hostile file never holds
 * up the requests the manager answers meanwhile (screens' manifests above all).
 */
export function readProcedureFileInWorker(
  bytes: Buffer,
  choice: MappingChoice = {},
  timeoutMs = WORKER_TIMEOUT_MS,
): Promise<ReadProcedureTable> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({
      workerData: { bytes, choice },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const tooCostly = () =>
      new ApiError(413, 'too_large', 'The file takes too much time or memory to read');
    const timer = setTimeout(() => settle(() => reject(tooCostly())), timeoutMs);
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() =>
        answer.ok
          ? resolve(answer.table)
          : reject(
              new ApiError(answer.status, answer.code as ErrorCode, answer.message, answer.details),
            ),
      ),
    );
    worker.once('error', (error) =>
      settle(() =>
        reject(
          (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooCostly()
            : error,
        ),
      ),
    );
    worker.once('exit', () =>
      settle(() => reject(new Error('The procedure import worker stopped without an answer'))),
    );
  });
}
