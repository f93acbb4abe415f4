import {
  type ImportRowError,
  ImportRowErrorSchema,
  type ProcedureImportResult,
  ProcedureImportResultSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { uploadFile } from './upload-file.js';

export function importProcedures(
  file: File,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
): Promise<ProcedureImportResult> {
  const path = `/api/procedures/import?dryRun=${dryRun}`;
  return uploadFile(path, file, ProcedureImportResultSchema, onProgress);
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
