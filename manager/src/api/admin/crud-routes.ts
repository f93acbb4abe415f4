import { randomUUID } from 'node:crypto';
import { IdSchema } from '@bangtin/shared';
import { z } from 'zod';
import { ApiError, type FieldIssue, invalidInput, notFound } from '../../errors.js';
import type { ResourceRepository } from '../../store/document-resource.js';
import type { ContentSnapshot } from '../../store/load-content.js';
import { addRoute, errorResponse } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { editorWrite } from './editor-write.js';
import type { Referrer } from './references.js';

export const IdParamsSchema = z.object({ id: IdSchema });

export interface CrudSpec<S extends z.ZodType, Item extends { id: string }> {
  /** Path segment and audit resource name: `slides`. */
  resource: string;
  /** For messages: `Slide`. */
  noun: string;
  input: S;
  item: z.ZodType;
  repository: ResourceRepository<z.output<S>, Item>;
  /** Unknown ids the input names, as field issues. */
  check(input: z.output<S>, content: ContentSnapshot): FieldIssue[];
  /** What still names the item; deleting it is refused while there is any. */
  referrers(id: string, content: ContentSnapshot): Referrer[];
}

/** List, create, read, replace and delete for one editor resource. */
export function addCrudRoutes<S extends z.ZodType, Item extends { id: string }>(
  router: ApiRouter,
  deps: ApiDeps,
  spec: CrudSpec<S, Item>,
): void {
  const { resource, noun, repository } = spec;
  const tags = [resource];
  const base = `/${resource}`;
  const one = `${base}/{id}`;

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: base,
      summary: `List ${resource}`,
      tags,
      auth: 'session',
      responses: {
        200: { description: `All ${resource}`, schema: z.object({ items: z.array(spec.item) }) },
      },
    },
    async (c) => c.json({ items: await repository.list(deps.store.db) }),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: base,
      summary: `Create a ${noun.toLowerCase()}`,
      tags,
      auth: 'session',
      body: spec.input,
      responses: { 201: { description: `The created ${noun.toLowerCase()}`, schema: spec.item } },
    },
    async (c, { body }) => {
      const item = await editorWrite(deps, c.get('user').id, async (w) => {
        const issues = spec.check(body, w.content);
        if (issues.length > 0) throw invalidInput(issues);
        const created = await repository.create(w.trx, randomUUID(), body, w.now);
        await w.audit({
          action: 'create',
          resource,
          resourceId: created.id,
          before: null,
          after: created,
        });
        return created;
      });
      return c.json(item, 201);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: one,
      summary: `Read a ${noun.toLowerCase()}`,
      tags,
      auth: 'session',
      params: IdParamsSchema,
      responses: {
        200: { description: `The ${noun.toLowerCase()}`, schema: spec.item },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const item = await repository.get(deps.store.db, params.id);
      if (!item) throw notFound(noun);
      return c.json(item);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: one,
      summary: `Replace a ${noun.toLowerCase()}`,
      tags,
      auth: 'session',
      params: IdParamsSchema,
      body: spec.input,
      responses: {
        200: { description: `The replaced ${noun.toLowerCase()}`, schema: spec.item },
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const item = await editorWrite(deps, c.get('user').id, async (w) => {
        const before = await repository.get(w.trx, params.id);
        if (!before) throw notFound(noun);
        const issues = spec.check(body, w.content);
        if (issues.length > 0) throw invalidInput(issues);
        const after = await repository.replace(w.trx, params.id, body, w.now);
        if (!after) throw notFound(noun);
        await w.audit({ action: 'update', resource, resourceId: params.id, before, after });
        return after;
      });
      return c.json(item, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'delete',
      path: one,
      summary: `Delete a ${noun.toLowerCase()}`,
      tags,
      auth: 'session',
      params: IdParamsSchema,
      responses: {
        204: { description: 'Deleted' },
        404: errorResponse(404),
        409: errorResponse(409),
      },
    },
    async (c, { params }) => {
      await editorWrite(deps, c.get('user').id, async (w) => {
        const before = await repository.get(w.trx, params.id);
        if (!before) throw notFound(noun);
        const referrers = spec.referrers(params.id, w.content);
        if (referrers.length > 0) {
          throw new ApiError(409, 'conflict', `${noun} is still in use`, referrers);
        }
        await repository.remove(w.trx, params.id);
        await w.audit({ action: 'delete', resource, resourceId: params.id, before, after: null });
      });
      return c.body(null, 204);
    },
  );
}
