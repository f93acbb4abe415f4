import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { ProcedureImportResultSchema as ImportResultSchema } from '@bangtin/shared';
import { z } from 'zod';
import { ownershipForbidden } from '../../../auth/content-ownership.js';
import { isUnrestricted } from '../../../auth/group-scope.js';
import { canPublish } from '../../../auth/roles.js';
import { ApiError, forbidden } from '../../../errors.js';
import { receiveUpload } from '../../../media/receive-upload.js';
import { diffProcedures } from '../../../procedures/diff-procedures.js';
import { IMPORT_LIMITS } from '../../../procedures/import-limits.js';
import type { MappingChoice } from '../../../procedures/parse-procedure-table.js';
import { readProcedureFileInWorker } from '../../../procedures/read-procedure-file-in-worker.js';
import { rememberColumns } from '../../../procedures/suggest-column-mapping.js';
import { importColumnsRepository } from '../../../store/import-columns.js';
import { proceduresRepository } from '../../../store/procedures.js';
import { securityOf } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { editorWrite } from '../resources/editor-write.js';
import { blankPlaceholders } from './procedure-import-placeholders.js';
import {
  type ImportQuery,
  ImportQuerySchema,
  parseMappingParam,
} from './procedure-import-schemas.js';

const MAX_MB = IMPORT_LIMITS.bytes / 1048576;

/** Imports a procedure list (CSV or XLSX): a dry run previews, `dryRun=false` applies. */
export function addProcedureImportRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/procedures/import',
    summary: 'Import the procedure list from CSV or XLSX (multipart field `file`)',
    description:
      'Columns map to fields by `mapping` (JSON array, by position), else by the mapping last ' +
      'applied for the same headers, else by their wording (Vietnamese, with or without ' +
      'diacritics, snake_case). CSV text may be UTF-8 (with or without BOM), UTF-16 or ' +
      'Windows-1258. `dryRun=true` (the default) only reports what would change, the bad rows ' +
      'by line and the cells that look like placeholders; `dryRun=false` imports the readable ' +
      'rows (approvers and admins only: it is published at once) and remembers the mapping. ' +
      'Procedures the file lacks are removed only with `complete=true`; bad rows never remove ' +
      'anything. Placeholder cells must be dealt with by `placeholders=blank` or `keep`. The ' +
      `answer lists one page of each kind (\`offset\`, \`limit\`). At most ${MAX_MB} MB, ` +
      `${IMPORT_LIMITS.rows} rows, ${IMPORT_LIMITS.columns} columns, ` +
      `${IMPORT_LIMITS.cellChars} characters a cell; a workbook unpacks to at most ` +
      `${IMPORT_LIMITS.uncompressedBytes / 1048576} MB. The file is read in a worker thread.`,
    tags: ['procedures'],
    ...securityOf('editor'),
    request: {
      query: ImportQuerySchema,
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
      400: {
        description:
          'A bad mapping, no readable row to apply, unanswered placeholders, too many columns',
      },
      403: { description: 'Applying needs the approver role' },
      413: { description: `Larger than ${MAX_MB} MB, more rows than allowed, or a zip bomb` },
      415: { description: 'Neither XLSX nor CSV text, or text in the TCVN3 or VNI fonts' },
    },
  });

  router.post('/procedures/import', deps.guards.editor, async (c) => {
    const query = readQuery(c.req.query());
    const { offset, limit } = query;
    const apply = query.dryRun === 'false';
    const complete = query.complete === 'true';
    if (apply && !canPublish(c.get('user').role)) {
      throw forbidden('Applying an import needs the approver role', { requiredRole: 'approver' });
    }
    // An import replaces the organisation's whole directory: not for a user of some groups.
    if (apply && !isUnrestricted(c.get('user'))) throw ownershipForbidden('shared_content');
    const remembered = await importColumnsRepository.get(deps.store.db);
    const table = await readUploadedTable(c.req.raw, deps, {
      mapping: query.mapping ? parseMappingParam(query.mapping) : undefined,
      remembered,
    });
    if (apply && table.procedures.length === 0) {
      throw new ApiError(400, 'invalid_input', 'The file has no readable row', table.errors);
    }
    if (apply && table.placeholders.length > 0 && query.placeholders === 'refuse') {
      throw new ApiError(
        400,
        'invalid_input',
        'Some cells look like placeholders: import them empty (placeholders=blank) or as they are (placeholders=keep)',
        { reason: 'placeholders', cells: table.placeholders.slice(0, limit) },
      );
    }
    const incoming = (
      query.placeholders === 'blank' ? blankPlaceholders(table) : table.procedures
    ).map(({ line: _line, ...procedure }) => procedure);
    const removal = { complete, keep: table.unreadable };
    const page = <T>(items: T[]) => items.slice(offset, offset + limit);
    const respond = (diff: ReturnType<typeof diffProcedures>, applied: boolean) =>
      c.json(
        {
          applied,
          complete,
          encoding: table.encoding,
          columns: table.columns,
          ignoredColumns: table.columns
            .filter((column) => column.field === null && column.header !== '')
            .map((column) => column.header),
          counts: {
            added: diff.added.length,
            changed: diff.changed.length,
            removed: diff.removed.length,
            unchanged: diff.unchanged,
            errors: table.errors.length,
            placeholders: table.placeholders.length,
          },
          page: { offset, limit },
          added: page(diff.added),
          changed: page(diff.changed),
          removed: page(diff.removed),
          unchanged: diff.unchanged,
          errors: page(table.errors),
          placeholders: page(table.placeholders),
        },
        200,
      );

    if (!apply) {
      return respond(
        diffProcedures(await proceduresRepository.list(deps.store.db), incoming, removal),
        false,
      );
    }
    const diff = await editorWrite(deps, c.get('user').id, async (w) => {
      const changes = diffProcedures(w.content.procedures, incoming, removal);
      for (const procedure of changes.added) {
        await proceduresRepository.create(w.trx, randomUUID(), procedure, w.now);
      }
      for (const { before, after } of changes.changed) {
        await proceduresRepository.replace(w.trx, before.id, after, w.now);
      }
      for (const procedure of changes.removed) {
        await proceduresRepository.remove(w.trx, procedure.id);
      }
      const headers = table.columns.map((column) => column.header);
      const mapping = table.columns.map((column) => column.field);
      await importColumnsRepository.put(w.trx, rememberColumns(headers, mapping, remembered));
      await w.audit({
        action: 'import',
        resource: 'procedures',
        resourceId: '*',
        before: { count: w.content.procedures.length },
        after: {
          added: changes.added.length,
          changed: changes.changed.length,
          removed: changes.removed.length,
          skippedRows: table.errors.length,
          complete,
        },
      });
      return changes;
    });
    return respond(diff, true);
  });
}

/** The query, with a 400 naming the parameter (and `mapping` read as JSON). */
function readQuery(raw: Record<string, string>): ImportQuery {
  const query = ImportQuerySchema.safeParse(raw);
  const badMapping =
    query.success && query.data.mapping !== undefined && !parseMappingParam(query.data.mapping);
  if (query.success && !badMapping) return query.data;
  const issues = query.success
    ? [{ path: 'mapping', message: 'expected a JSON array of fields, each used once' }]
    : query.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message:
          issue.path[0] === 'dryRun' || issue.path[0] === 'complete'
            ? 'expected true or false'
            : issue.message,
      }));
  throw new ApiError(400, 'invalid_input', 'The input is not valid', issues);
}

async function readUploadedTable(request: Request, deps: ApiDeps, choice: MappingChoice) {
  const file = await receiveUpload(request, {
    dir: deps.mediaDir,
    maxBytes: IMPORT_LIMITS.bytes,
    logger: deps.logger,
    ...(deps.uploadDisk ? { disk: deps.uploadDisk } : {}),
  });
  try {
    return await readProcedureFileInWorker(await readFile(file.tempPath), choice);
  } finally {
    await rm(file.tempPath, { force: true });
  }
}
