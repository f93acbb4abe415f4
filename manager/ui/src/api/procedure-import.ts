import {
  type ColumnMapping,
  type ImportRowError,
  ImportRowErrorSchema,
  type ProcedureImportResult,
  ProcedureImportResultSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { uploadFile } from './upload-file.js';

/** How the file is read, and what to do with what it lacks or leaves blank. */
export interface ImportOptions {
  dryRun: boolean;
  /** The admin's own mapping; without it, the server suggests one. */
  mapping: ColumnMapping | null;
  /** The file is the complete list: procedures it lacks are removed. */
  complete: boolean;
  placeholders: 'refuse' | 'blank' | 'keep';
}

export function importProcedures(
  file: File,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): Promise<ProcedureImportResult> {
  const query = new URLSearchParams({
    dryRun: String(options.dryRun),
    complete: String(options.complete),
    placeholders: options.placeholders,
  });
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  return uploadFile(
    `/api/procedures/import?${query}`,
    file,
    ProcedureImportResultSchema,
    onProgress,
  );
}

/** The bad rows a refused apply (400) names in its details. */
export function rowErrorsOf(details: unknown): ImportRowError[] {
  return (
    z
      .array(z.unknown())
      .safeParse(details)
      .data?.flatMap((item) => {
        const row = ImportRowErrorSchema.safeParse(item);
        return row.success ? [row.data] : [];
      }) ?? []
  );
}
