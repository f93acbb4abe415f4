import type { Procedure } from '@bangtin/shared';
import { uploadFile } from './upload-file.js';

/** The answer of `POST /api/procedures/import`: what the file would change (or changed). */
export interface ImportOutcome {
  added: Procedure[];
  changed: { before: Procedure; after: Procedure }[];
  removed: Procedure[];
  errors: { line: number; message: string }[];
}

export function importProcedures(
  file: File,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  return uploadFile<ImportOutcome>(`/api/procedures/import?dryRun=${dryRun}`, file, onProgress);
}
