import { textSchema } from '@bangtin/shared';
import { z } from 'zod';
import { ApiError, notFound } from '../../../errors.js';
import type { Db } from '../../../store/open-store.js';
import type { Reviewed } from '../../../store/reviewed-resource.js';
import type { User } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from './crud-routes.js';
import { editorWrite, type WriteContext } from './editor-write.js';
import type { ReviewAccess } from './review-access.js';
import { type ReviewedSpec, reviewedItemSchema } from './reviewed-spec.js';

const RevisionSchema = z
  .int()
  .min(1)
  .describe('The revision the approver reviewed; 409 when the draft has changed since');

const ApproveSchema = z.object({ revision: RevisionSchema });

const ReturnSchema = z.object({
  comment: textSchema(2000).pipe(z.string().min(1, 'say what to change')),
  revision: RevisionSchema,
});

/** Submit (editor), approve and return (approver) one item of a reviewed resource. */
export function addReviewRoutes<S extends z.ZodType, Item extends z.output<S> & { id: string }>(
  router: ApiRouter,
  deps: ApiDeps,
  spec: ReviewedSpec<S, Item>,
  accessFor: (user: User, db: Db) => Promise<ReviewAccess<z.output<S>, Item>>,
): void {
  const { resource, noun, repository } = spec;
  const tags = [resource, 'approvals'];
  // Generic over the resource, so its answers are checked as JSON only; the schema still documents them.
  const itemSchema: z.ZodType = reviewedItemSchema(spec.item, Boolean(spec.owned));
  const load = (user: User, w: WriteContext, id: string) =>
    loadForReview(spec, accessFor, user, w, id);
  const checkRevision = (item: Reviewed<Item>, reviewed: number) =>
    checkReviewedRevision(noun, item, reviewed);
  const shown = (access: ReviewAccess<z.output<S>, Item>, w: WriteContext, id: string) =>
    shownItem(spec, access, w, id);

  const responses = {
    200: { description: `The ${noun.toLowerCase()} after the step`, schema: itemSchema },
    403: errorResponse(403),
    404: errorResponse(404),
    409: errorResponse(409),
  };

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: `/${resource}/{id}/submit`,
      summary: `Submit a ${noun.toLowerCase()} draft for approval`,
      description: '409 when there is no unsubmitted draft (already pending, or published).',
      tags,
      auth: 'editor',
      params: IdParamsSchema,
      responses,
    },
    async (c, { params }) => {
      const user = c.get('user');
      const item = await editorWrite(deps, user.id, async (w) => {
        const { item: before, access } = await load(user, w, params.id);
        if (before.status !== 'draft')
          throw conflict(`The ${noun.toLowerCase()} is ${before.status}`);
        await repository.submit(w.trx, params.id, user.id, w.now);
        await w.audit({
          action: 'submit',
          resource,
          resourceId: params.id,
          before: { status: before.status },
          after: { status: 'pending', revision: before.revision },
        });
        return shown(access, w, params.id);
      });
      return c.json(item, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: `/${resource}/{id}/approve`,
      summary: `Approve and publish a ${noun.toLowerCase()} draft`,
      description:
        'Publishes the revision the approver reviewed, pending or not (an approver may publish an urgent notice directly). 409 when the draft is no longer that revision (`details.reason` `revision_changed`; nothing is published), when there is nothing to publish, or when the draft names something not yet published (details list the fields).',
      tags,
      auth: 'approver',
      params: IdParamsSchema,
      body: ApproveSchema,
      responses,
    },
    async (c, { params, body }) => {
      const user = c.get('user');
      const item = await editorWrite(deps, user.id, (w) =>
        approveReviewed(spec, accessFor, user, w, params.id, body.revision),
      );
      return c.json(item, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: `/${resource}/{id}/return`,
      summary: `Return a pending ${noun.toLowerCase()} to its editor with a comment`,
      description:
        'The draft goes back to `draft` with `review.comment`; screens keep the published version. 409 when the draft is no longer the revision reviewed.',
      tags,
      auth: 'approver',
      params: IdParamsSchema,
      body: ReturnSchema,
      responses,
    },
    async (c, { params, body }) => {
      const user = c.get('user');
      const item = await editorWrite(deps, user.id, async (w) => {
        const { item: before, access } = await load(user, w, params.id);
        if (before.status !== 'pending') throw conflict(`The ${noun.toLowerCase()} is not pending`);
        checkRevision(before, body.revision);
        await repository.returnToEditor(w.trx, params.id, user.id, w.now, body.comment);
        await w.audit({
          action: 'return',
          resource,
          resourceId: params.id,
          before: { status: 'pending' },
          after: { status: 'draft', comment: body.comment, revision: before.revision },
        });
        return shown(access, w, params.id);
      });
      return c.json(item, 200);
    },
  );
}

const conflict = (message: string, details?: unknown) =>
  new ApiError(409, 'conflict', message, details);

type AccessFor<S extends z.ZodType, Item> = (
  user: User,
  db: Db,
) => Promise<ReviewAccess<z.output<S>, Item>>;

/** Loads the item in the transaction and checks the caller may act on it. */
async function loadForReview<S extends z.ZodType, Item extends z.output<S> & { id: string }>(
  spec: ReviewedSpec<S, Item>,
  accessFor: AccessFor<S, Item>,
  user: User,
  w: WriteContext,
  id: string,
) {
  const access = await accessFor(user, w.trx);
  const item = (await spec.repository.get(w.trx, id)) as Reviewed<Item> | undefined;
  if (!item || !access.canSee(item)) throw notFound(spec.noun);
  access.checkWrite(item, w);
  return { item, access };
}

/** What the approver read must be what is there now. */
function checkReviewedRevision(noun: string, item: Reviewed<unknown>, reviewed: number): void {
  if (item.revision !== reviewed) {
    throw new ApiError(
      409,
      'conflict',
      `The ${noun.toLowerCase()} changed after you opened it: review revision ${item.revision}`,
      { reason: 'revision_changed', reviewed, current: item.revision },
    );
  }
}

async function shownItem<S extends z.ZodType, Item extends z.output<S> & { id: string }>(
  spec: ReviewedSpec<S, Item>,
  access: ReviewAccess<z.output<S>, Item>,
  w: WriteContext,
  id: string,
) {
  const item = (await spec.repository.get(w.trx, id)) as Reviewed<Item> | undefined;
  if (!item) throw notFound(spec.noun);
  return access.shown(item);
}

/**
 * Publishes the revision the approver reviewed, audited; 409 when the draft is no longer that
 * revision, when there is nothing to publish, or when it names something not yet published
 * (checked against `w.content`).
 */
export async function approveReviewed<
  S extends z.ZodType,
  Item extends z.output<S> & { id: string },
>(
  spec: ReviewedSpec<S, Item>,
  accessFor: AccessFor<S, Item>,
  user: User,
  w: WriteContext,
  id: string,
  revision: number,
): Promise<Reviewed<Item>> {
  const { item: before, access } = await loadForReview(spec, accessFor, user, w, id);
  if (before.status === 'published') throw conflict('There is no draft to approve');
  checkReviewedRevision(spec.noun, before, revision);
  const issues = spec.check(before, w.content);
  if (issues.length > 0) {
    throw conflict(
      'Publish what the draft names first',
      issues.map(({ path }) => ({ path, message: 'not published yet' })),
    );
  }
  await spec.repository.approve(w.trx, id, user.id, w.now);
  const after = await shownItem(spec, access, w, id);
  await w.audit({
    action: 'approve',
    resource: spec.resource,
    resourceId: id,
    before: before.published,
    after: after.published,
  });
  return after;
}
