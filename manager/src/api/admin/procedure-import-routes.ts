import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { ProcedureImportResultSchema as ImportResultSchema } from '@bangtin/shared';
import { z } from 'zod';
import { ownershipForbidden } from '../../auth/content-ownership.js';
import { isUnrestricted } from '../../auth/group-scope.js';
import { canPublish } from '../../auth/roles.js';
import { ApiError, forbidden } from '../../errors.js';
import { receiveUpload } from '../../media/receive-upload.js';
import { diffProcedures } from '../../procedures/diff-procedures.js';
import { IMPORT_LIMITS } from '../../procedures/import-limits.js';
import type { ProcedureTable } from '../../procedures/parse-procedure-table.js';
import { readProcedureFileInWorker } from '../../procedures/read-procedure-file-in-worker.js';
import { proceduresRepository } from '../../store/procedures.js';
import { securityOf } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { editorWrite } from './editor-write.js';

const QuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('true'),
  offset: z.coerce.number().int().min(0).max(IMPORT_LIMITS.rows).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const MAX_MB = IMPORT_LIMITS.bytes / 1048576;

/** Imports a full procedure list (CSV or XLSX): a dry run previews, `dryRun=false` applies. */
export function addProcedureImportRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/procedures/import',
    summary: 'Import the procedure list from CSV or XLSX (multipart field `file`)',
    description:
      'Headers in Vietnamese, with or without diacritics. `dryRun=true` (the default) only ' +
      'reports what would be added, changed and removed, and the bad rows by line; ' +
      '`dryRun=false` applies it (approvers and admins only: it is published at once), and is ' +
      'refused while the file has bad rows. The answer counts every change and lists one page ' +
      `of each kind (\`offset\`, \`limit\`). At most ${MAX_MB} MB, ` +
      `${IMPORT_LIMITS.rows} rows, ${IMPORT_LIMITS.columns} columns, ` +
      `${IMPORT_LIMITS.cellChars} characters a cell; a workbook unpacks to at most ` +
      `${IMPORT_LIMITS.uncompressedBytes / 1048576} MB. The file is read in a worker thread.`,
    tags: ['procedures'],
    ...securityOf('editor'),
    request: {
      query: QuerySchema,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.string().meta({ format: 'binary' }) }),
          },
        },
      },
    },
    responses: {
      200: {
        description: 'The changes (applied or not)',
        content: { 'application/json': { schema: ImportResultSchema } },
      },
      400: { description: 'Bad rows while applying, too many columns, too long a cell' },
      403: { description: 'Applying needs the approver role' },
      413: { description: `Larger than ${MAX_MB} MB, more rows than allowed, or a zip bomb` },
      415: { description: 'Neither XLSX nor UTF-8 CSV' },
    },
  });

  router.post('/procedures/import', deps.guards.editor, async (c) => {
    const query = QuerySchema.safeParse(c.req.query());
    if (!query.success) {
      throw new ApiError(
        400,
        'invalid_input',
        'The input is not valid',
        query.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.path[0] === 'dryRun' ? 'expected true or false' : issue.message,
        })),
      );
    }
    const { offset, limit } = query.data;
    const apply = query.data.dryRun === 'false';
    if (apply && !canPublish(c.get('user').role)) {
      throw forbidden('Applying an import needs the approver role', { requiredRole: 'approver' });
    }
    // An import replaces the organisation's whole directory: not for a user of some groups.
    if (apply && !isUnrestricted(c.get('user'))) throw ownershipForbidden('shared_content');
    const table = await readUploadedTable(c.req.raw, deps);
    if (apply && table.errors.length > 0) {
      throw new ApiError(400, 'invalid_input', 'Fix the bad rows before importing', table.errors);
    }
    const incoming = table.procedures.map(({ line: _line, ...procedure }) => procedure);
    const page = <T>(items: T[]) => items.slice(offset, offset + limit);
    const respond = (diff: ReturnType<typeof diffProcedures>, applied: boolean) =>
      c.json({
        applied,
        counts: {
          added: diff.added.length,
          changed: diff.changed.length,
          removed: diff.removed.length,
          unchanged: diff.unchanged,
          errors: table.errors.length,
        },
        page: { offset, limit },
        added: page(diff.added),
        changed: page(diff.changed),
        removed: page(diff.removed),
        unchanged: diff.unchanged,
        errors: page(table.errors),
      });

    if (!apply) {
      return respond(
        diffProcedures(await proceduresRepository.list(deps.store.db), incoming),
        false,
      );
    }
    const diff = await editorWrite(deps, c.get('user').id, async (w) => {
      const changes = diffProcedures(w.content.procedures, incoming);
      for (const procedure of changes.added) {
        await proceduresRepository.create(w.trx, randomUUID(), procedure, w.now);
      }
      for (const { before, after } of changes.changed) {
        await proceduresRepository.replace(w.trx, before.id, after, w.now);
      }
      for (const procedure of changes.removed) {
        await proceduresRepository.remove(w.trx, procedure.id);
      }
      await w.audit({
        action: 'import',
        resource: 'procedures',
        resourceId: '*',
        before: { count: w.content.procedures.length },
        after: {
          added: changes.added.length,
          changed: changes.changed.length,
          removed: changes.removed.length,
        },
      });
      return changes;
    });
    return respond(diff, true);
  });
}

async function readUploadedTable(request: Request, deps: ApiDeps): Promise<ProcedureTable> {
  const file = await receiveUpload(request, {
    dir: deps.mediaDir,
    maxBytes: IMPORT_LIMITS.bytes,
    logger: deps.logger,
    ...(deps.uploadDisk ? { disk: deps.uploadDisk } : {}),
  });
  try {
    return await readProcedureFileInWorker(await readFile(file.tempPath));
  } finally {
    await rm(file.tempPath, { force: true });
  }
}
