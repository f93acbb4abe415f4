import { randomUUID } from 'node:crypto';
import { type HolidayInput, HolidayInputSchema, HolidaySchema } from '@bangtin/shared';
import { z } from 'zod';
import { ApiError, notFound } from '../../../errors.js';
import { holidaysRepository } from '../../../store/holidays.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';
import { editorWrite, type WriteContext } from '../resources/editor-write.js';

const ListSchema = z.object({ items: z.array(HolidaySchema) });

/** The organisation's holiday calendar: every role reads it, approvers and admins keep it. */
export function addHolidayRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['holidays'];
  const published = 'Published at once: screens skip or keep these days by their entries.';

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/holidays',
      summary: 'List the holidays, by date',
      tags,
      auth: 'viewer',
      responses: { 200: { description: 'Every holiday', schema: ListSchema } },
    },
    async (c) => c.json({ items: await holidaysRepository.list(deps.store.db) }, 200),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/holidays',
      summary: 'Add a holiday',
      description: published,
      tags,
      auth: 'approver',
      body: HolidayInputSchema,
      responses: {
        201: { description: 'The added holiday', schema: HolidaySchema },
        409: errorResponse(409),
      },
    },
    async (c, { body }) => {
      const holiday = await editorWrite(deps, c.get('user').id, async (w) => {
        await refuseTakenDate(w, body);
        const created = await holidaysRepository.create(w.trx, randomUUID(), body, w.now);
        await w.audit({
          action: 'create',
          resource: 'holidays',
          resourceId: created.id,
          before: null,
          after: created,
        });
        return created;
      });
      return c.json(holiday, 201);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: '/holidays/{id}',
      summary: 'Change a holiday',
      description: published,
      tags,
      auth: 'approver',
      params: IdParamsSchema,
      body: HolidayInputSchema,
      responses: {
        200: { description: 'The changed holiday', schema: HolidaySchema },
        404: errorResponse(404),
        409: errorResponse(409),
      },
    },
    async (c, { params, body }) => {
      const holiday = await editorWrite(deps, c.get('user').id, async (w) => {
        const before = await holidaysRepository.get(w.trx, params.id);
        if (!before) throw notFound('Holiday');
        await refuseTakenDate(w, body, params.id);
        const after = await holidaysRepository.replace(w.trx, params.id, body, w.now);
        await w.audit({
          action: 'update',
          resource: 'holidays',
          resourceId: after.id,
          before,
          after,
        });
        return after;
      });
      return c.json(holiday, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'delete',
      path: '/holidays/{id}',
      summary: 'Remove a holiday',
      description: published,
      tags,
      auth: 'approver',
      params: IdParamsSchema,
      responses: { 204: { description: 'Removed' }, 404: errorResponse(404) },
    },
    async (c, { params }) => {
      await editorWrite(deps, c.get('user').id, async (w) => {
        const before = await holidaysRepository.get(w.trx, params.id);
        if (!before) throw notFound('Holiday');
        await holidaysRepository.remove(w.trx, params.id);
        await w.audit({
          action: 'delete',
          resource: 'holidays',
          resourceId: before.id,
          before,
          after: null,
        });
      });
      return c.body(null, 204);
    },
  );
}

/** One holiday per date: a second one for the same day is a conflict, naming the first. */
async function refuseTakenDate(w: WriteContext, input: HolidayInput, ownId?: string) {
  const taken = await holidaysRepository.findByDate(w.trx, input.date);
  if (taken && taken.id !== ownId) {
    throw new ApiError(409, 'conflict', `${input.date} is already in the calendar`, taken);
  }
}
