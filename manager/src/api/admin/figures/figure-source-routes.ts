import { FigureFeedSchema, FigureSourceInputSchema } from '@bangtin/shared';
import { ApiError, notFound } from '../../../errors.js';
import { auditLogRepository } from '../../../store/audit-log.js';
import { figureFeedsRepository } from '../../../store/figure-feeds.js';
import { loadBothViews } from '../../../store/load-content.js';
import type { Db } from '../../../store/open-store.js';
import { slidesRepository } from '../../../store/slides.js';
import type { User } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';
import { ownershipGuard } from '../resources/ownership-guard.js';

/** Audit resource names are searched as `[a-z_]+`. */
const AUDITED = 'figure_sources';
const PATH = '/slides/{id}/figure-source';

/**
 * A figures slide's source: set, read and removed by an admin only, since the manager itself
 * fetches the address (LAN addresses included). Setting one reads it at once.
 */
export function addFigureSourceRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['slides'];
  const { db } = deps.store;
  // An admin tied to screen groups keeps to their slides, as with the slide itself.
  const checkRead = async (user: User, slideId: string) => {
    if (!(await ownershipGuard(db, user, 'slides')).canRead(slideId)) throw notFound('Slide');
  };
  const checkChange = async (trx: Db, user: User, slideId: string) => {
    const guard = await ownershipGuard(trx, user, 'slides');
    if (!guard.canRead(slideId)) throw notFound('Slide');
    guard.checkChange(slideId, await loadBothViews(trx, deps.screens));
  };

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: PATH,
      summary: "A figures slide's source, its last good values and its last error",
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The source and its reads', schema: FigureFeedSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      await checkRead(c.get('user'), params.id);
      const feed = await figureFeedsRepository.get(db, params.id);
      if (!feed) throw notFound('Figures source');
      return c.json(feed, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: PATH,
      summary: "Set a figures slide's source and read it",
      description:
        'Body: `{"format": "json", "url", "refreshMinutes", "fields": ["data.onTime", null]}`, or `"format": "csv"` with `fields` of `{"column", "row"}` (`row` a number from 1 under the header, or `"last"`). One field per figure, in order; null keeps the hand-entered value. The answer tells how the first read went.',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      body: FigureSourceInputSchema,
      responses: {
        200: { description: 'The source and its first read', schema: FigureFeedSchema },
        400: errorResponse(400),
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const slide = await slidesRepository.get(db, params.id);
      if (!slide) throw notFound('Slide');
      if (slide.kind !== 'figures') {
        throw new ApiError(
          400,
          'bad_request',
          'Only a figures slide reads its numbers from a source',
        );
      }
      const now = new Date(deps.clock()).toISOString();
      await db.transaction().execute(async (trx) => {
        await checkChange(trx, c.get('user'), params.id);
        const before = (await figureFeedsRepository.get(trx, params.id))?.source ?? null;
        await figureFeedsRepository.put(trx, params.id, body, now);
        await auditLogRepository.record(trx, {
          at: now,
          userId: c.get('user').id,
          action: before ? 'update' : 'create',
          resource: AUDITED,
          resourceId: params.id,
          before,
          after: body,
        });
      });
      const feed = await deps.figureFeeds.refresh(params.id);
      if (!feed) throw notFound('Figures source');
      return c.json(feed, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: `${PATH}/refresh`,
      summary: "Read a figures slide's source now",
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The source after the read', schema: FigureFeedSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      await checkRead(c.get('user'), params.id);
      const feed = await deps.figureFeeds.refresh(params.id);
      if (!feed) throw notFound('Figures source');
      return c.json(feed, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'delete',
      path: PATH,
      summary: "Remove a figures slide's source",
      description: 'Screens show the hand-entered values again.',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: { 204: { description: 'Removed' }, 404: errorResponse(404) },
    },
    async (c, { params }) => {
      const now = new Date(deps.clock()).toISOString();
      await db.transaction().execute(async (trx) => {
        await checkChange(trx, c.get('user'), params.id);
        const before = await figureFeedsRepository.get(trx, params.id);
        if (!before) throw notFound('Figures source');
        await figureFeedsRepository.remove(trx, params.id);
        await auditLogRepository.record(trx, {
          at: now,
          userId: c.get('user').id,
          action: 'delete',
          resource: AUDITED,
          resourceId: params.id,
          before: before.source,
          after: null,
        });
      });
      await deps.figureFeeds.republish();
      return c.body(null, 204);
    },
  );
}
