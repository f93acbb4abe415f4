import { AUDIT_ACTIONS, AuditPageSchema, IdSchema, InstantSchema } from '@bangtin/shared';
import { z } from 'zod';
import { auditCsv } from '../../../reports/audit-csv.js';
import { auditLogRepository } from '../../../store/audit-log.js';
import { addRoute } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';

const toIso = (instant: string) => new Date(instant).toISOString();

const filters = {
  userId: IdSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  resource: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  resourceId: z.string().min(1).max(100).optional(),
  from: InstantSchema.transform(toIso).optional(),
  to: InstantSchema.transform(toIso).optional(),
};

const QuerySchema = z.object({
  ...filters,
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The whole filtered log, up to a bound that keeps one export from holding the server long. */
const CSV_MAX_ROWS = 50_000;
const CsvQuerySchema = z.object(filters);

/** `GET /audit`: the append-only log of every change and sign-in, newest first. */
export function addAuditRoutes(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/audit',
      summary: 'Read the audit log',
      description:
        'Newest first; every filter narrows. For the next page pass `before` = `nextBefore`.',
      tags: ['audit'],
      auth: 'admin',
      query: QuerySchema,
      responses: {
        200: {
          description: 'One page of records',
          schema: AuditPageSchema,
        },
      },
    },
    async (c, { query }) => {
      const items = await auditLogRepository.search(deps.store.db, query);
      const last = items.at(-1);
      return c.json(
        { items, nextBefore: items.length === query.limit && last ? last.id : null },
        200,
      );
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/audit.csv',
      summary: 'The filtered audit log as CSV (UTF-8 with BOM, for spreadsheets)',
      description: `Same filters as \`GET /audit\`, newest first, at most ${CSV_MAX_ROWS} rows.`,
      tags: ['audit'],
      auth: 'admin',
      query: CsvQuerySchema,
      responses: { 200: { description: 'CSV', contentType: 'text/csv' } },
    },
    async (c, { query }) => {
      const items = await auditLogRepository.search(deps.store.db, {
        ...query,
        limit: CSV_MAX_ROWS,
      });
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="nhat-ky.csv"');
      return c.body(auditCsv(items));
    },
  );
}
