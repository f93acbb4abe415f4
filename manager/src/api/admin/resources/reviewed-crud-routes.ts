import { randomUUID } from 'node:crypto';
import { ReviewStatusSchema } from '@bangtin/shared';
import { z } from 'zod';
import { canPublish } from '../../../auth/roles.js';
import { ApiError, forbidden, invalidInput, notFound } from '../../../errors.js';
import type { Db } from '../../../store/open-store.js';
import type { User } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema, publishedIssues, uniqueReferrers } from './crud-routes.js';
import { editorWrite } from './editor-write.js';
import { OwnerInputSchema, splitOwner } from './ownership-guard.js';
import { readableContent } from './readable-content.js';
import { type ReviewAccess, reviewAccess } from './review-access.js';
import { addReviewRoutes } from './review-routes.js';
import { type ReviewedSpec, reviewedItemSchema } from './reviewed-spec.js';

const ListQuerySchema = z.object({ status: ReviewStatusSchema.optional() });

const HOW_WRITES_PUBLISH =
  "An approver's or admin's write is published at once; an editor's is a draft that screens " +
  'do not show until it is submitted and approved.';

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
  // Generic over the resource, so its answers are checked as JSON only; the schema still documents them.
  const itemSchema: z.ZodType = reviewedItemSchema(spec.item, Boolean(spec.owned));
  const noun1 = noun.toLowerCase();
  const accessFor = (user: User, db: Db = deps.store.db) => reviewAccess(spec, user, db);
  const { owned } = spec;
  const body = (owned ? z.intersection(spec.input, OwnerInputSchema) : spec.input) as z.ZodType<
    z.output<S> & z.output<typeof OwnerInputSchema>
  >;

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
      return c.json({ items: items.map(access.shown) }, 200);
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
      body,
      responses: {
        201: { description: `The created ${noun1}`, schema: itemSchema },
        403: errorResponse(403),
      },
    },
    async (c, { body }) => {
      const user = c.get('user');
      const publish = canPublish(user.role);
      const { input, requestedOwner } = splitOwner<z.output<S>>(body);
      const item = await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        access.checkWriteInput(input);
        const owner = access.guard?.ownerToStore(requestedOwner);
        const readable = await readableContent(w.trx, user, w);
        const issues = publish
          ? publishedIssues(spec.check, input, readable)
          : spec.check(input, readable.drafts);
        if (issues.length > 0) throw invalidInput(issues);
        const id = randomUUID();
        await repository.create(w.trx, id, input, w.now, publish ? { by: user.id } : undefined);
        if (owner) await access.guard?.setOwner(w.trx, id, owner);
        const created = await shownItem(access, w.trx, id);
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
      const access = await accessFor(c.get('user'));
      const item = await repository.get(deps.store.db, params.id);
      if (!item || !access.canSee(item)) throw notFound(noun);
      return c.json(access.shown(item), 200);
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
      body,
      responses: {
        200: { description: `The replaced ${noun1}`, schema: itemSchema },
        403: errorResponse(403),
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const user = c.get('user');
      const publish = canPublish(user.role);
      const { input, requestedOwner } = splitOwner<z.output<S>>(body);
      const item = await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        const stored = await repository.get(w.trx, params.id);
        if (!stored || !access.canSee(stored)) throw notFound(noun);
        access.checkWrite(stored, w);
        access.checkWriteInput(input);
        const owner = access.guard?.ownerToStore(requestedOwner, access.guard.ownerOf(params.id));
        const readable = await readableContent(w.trx, user, w);
        const issues = publish
          ? publishedIssues(spec.check, input, readable)
          : spec.check(input, readable.drafts);
        if (issues.length > 0) throw invalidInput(issues);
        await repository.replace(
          w.trx,
          params.id,
          input,
          w.now,
          publish ? { by: user.id } : undefined,
        );
        if (owner !== undefined) await access.guard?.setOwner(w.trx, params.id, owner);
        const before = access.shown(stored);
        const after = await shownItem(access, w.trx, params.id);
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
        const stored = await repository.get(w.trx, params.id);
        if (!stored || !access.canSee(stored)) throw notFound(noun);
        access.checkWrite(stored, w);
        const before = access.shown(stored);
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

  /** The stored item as the API answers it. */
  async function shownItem(access: ReviewAccess<z.output<S>, Item>, db: Db, id: string) {
    const item = await repository.get(db, id);
    if (!item) throw notFound(noun);
    return access.shown(item);
  }
}
