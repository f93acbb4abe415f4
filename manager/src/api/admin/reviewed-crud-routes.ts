import { randomUUID } from 'node:crypto';
import type { Screen } from '@bangtin/shared';
import { z } from 'zod';
import { canPublish } from '../../auth/roles.js';
import { ApiError, forbidden, invalidInput, notFound } from '../../errors.js';
import type { Db } from '../../store/open-store.js';
import type { Reviewed } from '../../store/reviewed-resource.js';
import { screensRepository } from '../../store/screens.js';
import type { User } from '../../store/users.js';
import { addRoute, errorResponse } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { IdParamsSchema, publishedIssues, uniqueReferrers } from './crud-routes.js';
import { editorWrite } from './editor-write.js';
import { addReviewRoutes } from './review-routes.js';
import {
  everyVersion,
  outsideGroups,
  type ReviewedSpec,
  ReviewStatusSchema,
  reviewedItemSchema,
  someVersion,
} from './reviewed-spec.js';

const ListQuerySchema = z.object({ status: ReviewStatusSchema.optional() });

const HOW_WRITES_PUBLISH =
  "An approver's or admin's write is published at once; an editor's is a draft that screens " +
  'do not show until it is submitted and approved.';

/** What one user may do with the items of one reviewed resource. */
export interface ReviewAccess<Input, Item> {
  /** Either version reaches the user's screens. */
  canSee(item: Reviewed<Item>): boolean;
  /** Both versions stay within the user's screens. */
  canWrite(item: Reviewed<Item>): boolean;
  canWriteInput(input: Input): boolean;
}

/** The access rules of one reviewed resource for one user. */
export function reviewAccess<S extends z.ZodType, Item extends z.output<S> & { id: string }>(
  spec: ReviewedSpec<S, Item>,
  user: User,
  screens: readonly Screen[],
): ReviewAccess<z.output<S>, Item> {
  const visible = (version: z.output<S>) => spec.visible?.(user, version, screens) ?? true;
  const writable = (version: z.output<S>) => spec.writable?.(user, version, screens) ?? true;
  return {
    canSee: (item: Reviewed<Item>) => someVersion(item, visible),
    canWrite: (item: Reviewed<Item>) => everyVersion(item, writable),
    canWriteInput: writable,
  };
}

/**
 * List, create, read, replace and delete for a reviewed resource, plus submit, approve and
 * return. Items show the draft's fields with `status` and the `published` version.
 */
export function addReviewedCrudRoutes<
  S extends z.ZodType,
  Item extends z.output<S> & { id: string },
>(router: ApiRouter, deps: ApiDeps, spec: ReviewedSpec<S, Item>): void {
  const { resource, noun, repository } = spec;
  const tags = [resource];
  const base = `/${resource}`;
  const one = `${base}/{id}`;
  const itemSchema = reviewedItemSchema(spec.item);
  const noun1 = noun.toLowerCase();
  const accessFor = async (user: User, db: Db = deps.store.db) =>
    reviewAccess(spec, user, spec.visible || spec.writable ? await screensRepository.list(db) : []);

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: base,
      summary: `List ${resource}`,
      description: 'Each item has the draft fields, `status` and the `published` version.',
      tags,
      auth: 'viewer',
      query: ListQuerySchema,
      responses: {
        200: { description: `All ${resource}`, schema: z.object({ items: z.array(itemSchema) }) },
      },
    },
    async (c, { query }) => {
      const access = await accessFor(c.get('user'));
      const items = (await repository.list(deps.store.db)).filter(
        (item) => access.canSee(item) && (!query.status || item.status === query.status),
      );
      return c.json({ items });
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: base,
      summary: `Create a ${noun1}`,
      description: HOW_WRITES_PUBLISH,
      tags,
      auth: 'editor',
      body: spec.input,
      responses: { 201: { description: `The created ${noun1}`, schema: itemSchema } },
    },
    async (c, { body }) => {
      const user = c.get('user');
      const publish = canPublish(user.role);
      const item = await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        if (!access.canWriteInput(body)) throw outsideGroups();
        const issues = publish ? publishedIssues(spec.check, body, w) : spec.check(body, w.drafts);
        if (issues.length > 0) throw invalidInput(issues);
        const id = randomUUID();
        await repository.create(w.trx, id, body, w.now, publish ? { by: user.id } : undefined);
        const created = await repository.get(w.trx, id);
        await w.audit({ action: 'create', resource, resourceId: id, before: null, after: created });
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
      summary: `Read a ${noun1}`,
      tags,
      auth: 'viewer',
      params: IdParamsSchema,
      responses: {
        200: { description: `The ${noun1}`, schema: itemSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const item = await repository.get(deps.store.db, params.id);
      if (!item || !(await accessFor(c.get('user'))).canSee(item)) throw notFound(noun);
      return c.json(item);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: one,
      summary: `Replace a ${noun1}`,
      description: `${HOW_WRITES_PUBLISH} Changing a pending draft takes it out of the queue until it is submitted again.`,
      tags,
      auth: 'editor',
      params: IdParamsSchema,
      body: spec.input,
      responses: {
        200: { description: `The replaced ${noun1}`, schema: itemSchema },
        403: errorResponse(403),
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const user = c.get('user');
      const publish = canPublish(user.role);
      const item = await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        const before = await repository.get(w.trx, params.id);
        if (!before || !access.canSee(before)) throw notFound(noun);
        if (!access.canWrite(before) || !access.canWriteInput(body)) throw outsideGroups();
        const issues = publish ? publishedIssues(spec.check, body, w) : spec.check(body, w.drafts);
        if (issues.length > 0) throw invalidInput(issues);
        const after = await repository.replace(
          w.trx,
          params.id,
          body,
          w.now,
          publish ? { by: user.id } : undefined,
        );
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
      summary: `Delete a ${noun1}`,
      description:
        'Editors may delete only what was never published; removing published content is for approvers.',
      tags,
      auth: 'editor',
      params: IdParamsSchema,
      responses: {
        204: { description: 'Deleted' },
        403: errorResponse(403),
        404: errorResponse(404),
        409: errorResponse(409),
      },
    },
    async (c, { params }) => {
      const user = c.get('user');
      await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        const before = await repository.get(w.trx, params.id);
        if (!before || !access.canSee(before)) throw notFound(noun);
        if (!access.canWrite(before)) throw outsideGroups();
        if (before.published !== null && !canPublish(user.role)) {
          throw forbidden(`${noun} is on screens: only an approver may remove it`);
        }
        const referrers = uniqueReferrers([
          ...spec.referrers(params.id, w.content),
          ...spec.referrers(params.id, w.drafts),
        ]);
        if (referrers.length > 0) {
          throw new ApiError(409, 'conflict', `${noun} is still in use`, referrers);
        }
        await repository.remove(w.trx, params.id);
        await w.audit({ action: 'delete', resource, resourceId: params.id, before, after: null });
      });
      return c.body(null, 204);
    },
  );

  addReviewRoutes(router, deps, spec, accessFor);
}
