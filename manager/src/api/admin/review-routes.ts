import { textSchema } from '@bangtin/shared';
import { z } from 'zod';
import { ApiError, notFound } from '../../errors.js';
import type { Db } from '../../store/open-store.js';
import type { Reviewed } from '../../store/reviewed-resource.js';
import type { User } from '../../store/users.js';
import { addRoute, errorResponse } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { IdParamsSchema } from './crud-routes.js';
import { editorWrite, type WriteContext } from './editor-write.js';
import type { ReviewAccess } from './reviewed-crud-routes.js';
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
  const itemSchema = reviewedItemSchema(spec.item, Boolean(spec.owned));
  const conflict = (message: string, details?: unknown) =>
    new ApiError(409, 'conflict', message, details);

  /** Loads the item in the transaction and checks the caller may act on it. */
  const load = async (user: User, w: WriteContext, id: string) => {
    const access = await accessFor(user, w.trx);
    const item = (await repository.get(w.trx, id)) as Reviewed<Item> | undefined;
    if (!item || !access.canSee(item)) throw notFound(noun);
    access.checkWrite(item, w);
    return { item, access };
  };

  /** What the approver read must be what is there now. */
  const checkRevision = (item: Reviewed<Item>, reviewed: number) => {
    if (item.revision !== reviewed) {
      throw new ApiError(
        409,
        'conflict',
        `The ${noun.toLowerCase()} changed after you opened it: review revision ${item.revision}`,
        { reason: 'revision_changed', reviewed, current: item.revision },
      );
    }
  };

  const shown = async (access: ReviewAccess<z.output<S>, Item>, w: WriteContext, id: string) => {
    const item = (await repository.get(w.trx, id)) as Reviewed<Item> | undefined;
    if (!item) throw notFound(noun);
    return access.shown(item);
  };

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
      return c.json(item);
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
      const item = await editorWrite(deps, user.id, async (w) => {
        const { item: before, access } = await load(user, w, params.id);
        if (before.status === 'published') throw conflict('There is no draft to approve');
        checkRevision(before, body.revision);
        const issues = spec.check(before, w.content);
        if (issues.length > 0) {
          throw conflict(
            'Publish what the draft names first',
            issues.map(({ path }) => ({ path, message: 'not published yet' })),
          );
        }
        await repository.approve(w.trx, params.id, user.id, w.now);
        const after = await shown(access, w, params.id);
        await w.audit({
          action: 'approve',
          resource,
          resourceId: params.id,
          before: before.published,
          after: after.published,
        });
        return after;
      });
      return c.json(item);
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
      return c.json(item);
    },
  );
}
