import { IdSchema, InstantSchema } from '@bangtin/shared';
import { z } from 'zod';
import { AUDIT_ACTIONS, auditLogRepository } from '../../store/audit-log.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

const toIso = (instant: string) => new Date(instant).toISOString();

const QuerySchema = z.object({
  userId: IdSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  resource: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  resourceId: z.string().min(1).max(100).optional(),
  from: InstantSchema.transform(toIso).optional(),
  to: InstantSchema.transform(toIso).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const RecordSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  resource: z.string(),
  resourceId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  address: z.string().nullable(),
  login: z.string().nullable(),
});

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
          schema: z.object({
            items: z.array(RecordSchema),
            nextBefore: z.number().int().nullable(),
          }),
        },
      },
    },
    async (c, { query }) => {
      const items = await auditLogRepository.search(deps.store.db, query);
      const last = items.at(-1);
      return c.json({ items, nextBefore: items.length === query.limit && last ? last.id : null });
    },
  );
}
