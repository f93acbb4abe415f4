import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../errors.js';
import { ImportLimitError } from './import-limits.js';
import type { MappingChoice } from './parse-procedure-table.js';
import { type ReadProcedureTable, readProcedureFile } from './read-procedure-file.js';

/** What the worker posts back: the table, or a failure the route answers as it is. */
export type WorkerAnswer =
  | { ok: true; table: ReadProcedureTable }
  | { ok: false; status: 400 | 413 | 415; code: string; message: string; details?: unknown };

function failure(error: unknown): WorkerAnswer {
  if (error instanceof ImportLimitError) {
    const code = error.status === 413 ? 'too_large' : 'bad_request';
    return { ok: false, status: error.status, code, message: error.message };
  }
  if (error instanceof ApiError && error.status === 415) {
    return {
      ok: false,
      status: 415,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  return { ok: false, status: 400, code: 'bad_request', message: 'The file could not be read' };
}

const { bytes, choice } = workerData as { bytes: Uint8Array; choice: MappingChoice };
readProcedureFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), choice).then(
  (table) => parentPort?.postMessage({ ok: true, table } satisfies WorkerAnswer),
  (error: unknown) => parentPort?.postMessage(failure(error)),
);
