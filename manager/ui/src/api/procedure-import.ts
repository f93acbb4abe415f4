import type { Procedure } from '@bangtin/shared';
import { uploadFile } from './upload-file.js';

/** A procedure as read from the file: it has no id until it is stored. */
export type ImportedProcedure = Omit<Procedure, 'id'>;

/** One row the server could not read, by its line in the file. */
export interface ImportRowError {
  line: number;
  message: string;
}

/** How many of each kind the whole file holds. */
export interface ImportCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  errors: number;
}

/**
 * The answer of `POST /api/procedures/import`: what the file would change (or changed), counted
 * in full, with the first page of each list.
 */
export interface ImportOutcome {
  applied: boolean;
  counts: ImportCounts;
  added: ImportedProcedure[];
  changed: { before: Procedure; after: ImportedProcedure }[];
  removed: Procedure[];
  unchanged: number;
  errors: ImportRowError[];
}

export function importProcedures(
  file: File,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  return uploadFile<ImportOutcome>(`/api/procedures/import?dryRun=${dryRun}`, file, onProgress);
}

/** The bad rows a refused apply (400) names in its details. */
export function rowErrorsOf(details: unknown): ImportRowError[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (item): item is ImportRowError =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.line === 'number' &&
      typeof item.message === 'string',
  );
}
