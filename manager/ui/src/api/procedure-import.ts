import type {
  ColumnMapping,
  Procedure,
  ProcedureImportField,
  SourceEncoding,
} from '@bangtin/shared';
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
  placeholders: number;
}

/** A cell that looks like a value nobody filled in yet. */
export interface ImportPlaceholder {
  line: number;
  field: ProcedureImportField;
  value: string;
}

/** How the file is read, and what to do with what it lacks or leaves blank. */
export interface ImportOptions {
  dryRun: boolean;
  /** The admin's own mapping; without it, the server suggests one. */
  mapping: ColumnMapping | null;
  /** The file is the complete list: procedures it lacks are removed. */
  complete: boolean;
  placeholders: 'refuse' | 'blank' | 'keep';
}

/**
 * The answer of `POST /api/procedures/import`: what the file would change (or changed), counted
 * in full, with the first page of each list.
 */
export interface ImportOutcome {
  applied: boolean;
  complete: boolean;
  encoding: SourceEncoding;
  columns: Array<{ header: string; field: ProcedureImportField | null }>;
  ignoredColumns: string[];
  placeholders: ImportPlaceholder[];
  counts: ImportCounts;
  added: ImportedProcedure[];
  changed: { before: Procedure; after: ImportedProcedure }[];
  removed: Procedure[];
  unchanged: number;
  errors: ImportRowError[];
}

export function importProcedures(
  file: File,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  const query = new URLSearchParams({
    dryRun: String(options.dryRun),
    complete: String(options.complete),
    placeholders: options.placeholders,
  });
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  return uploadFile<ImportOutcome>(`/api/procedures/import?${query}`, file, onProgress);
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
