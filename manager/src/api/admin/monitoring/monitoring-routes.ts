import {
  IdSchema,
  SCREEN_FLAGS,
  SCREEN_STATES,
  type ScreenState,
  ScreenStatusListSchema,
  UptimeReportSchema,
} from '@bangtin/shared';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { canSeeScreen } from '../../../auth/group-scope.js';
import { admits, visibleScreenIds } from '../../../auth/visible-screens.js';
import { notFound } from '../../../errors.js';
import { buildScreenStatuses } from '../../../monitoring/screen-status.js';
import { periodOrThrow } from '../../../reports/period-or-throw.js';
import { PeriodQuerySchema } from '../../../reports/report-period.js';
import { buildUptimeReport } from '../../../reports/uptime-report.js';
import { incidentsRepository } from '../../../store/incidents.js';
import { screenStatesRepository } from '../../../store/screen-states.js';
import { screensRepository } from '../../../store/screens.js';
import type { User } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { PING_INTERVAL_MS } from '../../device/events-route.js';
import { IdParamsSchema } from '../resources/crud-routes.js';

export const LimitSchema = z.coerce.number().int().min(1).max(1000).default(100);

const StateChangeSchema = z.object({
  at: z.string(),
  state: z.enum(SCREEN_STATES),
  flags: z.array(z.enum(SCREEN_FLAGS)),
});

const IncidentSchema = z.object({
  id: z.string(),
  screenId: z.string(),
  kind: z.enum(['offline', 'stale']),
  startedAt: z.string(),
  resolvedAt: z.string().nullable(),
});

const tags = ['monitoring'];

const statusesOf = (deps: ApiDeps, options?: Parameters<typeof buildScreenStatuses>[3]) =>
  buildScreenStatuses(
    deps.store,
    deps.monitor,
    (ids) => deps.manifests.versionsSince(ids),
    options,
  );

/** 404 for an unknown screen and for one outside the user's groups. */
async function requireScreen(deps: ApiDeps, id: string, user: User): Promise<void> {
  const screen = await screensRepository.get(deps.store.db, id);
  if (!screen || !canSeeScreen(user, screen)) throw notFound('Screen');
}

/** Fleet state for the dashboard: screens now, their history, incidents, uptime, a live feed. */
export function addMonitoringRoutes(router: ApiRouter, deps: ApiDeps): void {
  addScreensNowRoute(router, deps);
  addStateHistoryRoute(router, deps);
  addIncidentsRoute(router, deps);
  addUptimeRoute(router, deps);
  addLiveFeedRoute(router, deps);
}

/** Every screen now, with counts per state. */
function addScreensNowRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/monitoring/screens',
      summary: 'Every screen: state, flags, what it shows now, open incidents',
      tags,
      auth: 'session',
      responses: {
        200: {
          description: 'Screens in list order, with counts per state',
          schema: ScreenStatusListSchema,
        },
      },
    },
    async (c) => {
      const visible = await visibleScreenIds(deps.store.db, c.get('user'));
      const items = (await statusesOf(deps)).filter((item) => admits(visible, item.id));
      const counts: Record<ScreenState, number> = {
        unknown: 0,
        off: 0,
        offline: 0,
        stale: 0,
        online: 0,
      };
      for (const item of items) counts[item.state] = (counts[item.state] ?? 0) + 1;
      return c.json({ checkedAt: new Date(deps.clock()).toISOString(), counts, items }, 200);
    },
  );
}

/** One screen's state changes. */
function addStateHistoryRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/monitoring/screens/{id}/history',
      summary: "A screen's state changes, newest first",
      tags,
      auth: 'session',
      params: IdParamsSchema,
      query: z.object({ limit: LimitSchema }),
      responses: {
        200: { description: 'Changes', schema: z.object({ items: z.array(StateChangeSchema) }) },
        404: errorResponse(404),
      },
    },
    async (c, { params, query }) => {
      await requireScreen(deps, params.id, c.get('user'));
      const changes = await screenStatesRepository.recent(deps.store.db, params.id, query.limit);
      return c.json(
        {
          items: changes.map(({ at, state, flags }) => ({ at, state, flags })),
        },
        200,
      );
    },
  );
}

/** Incidents, open and resolved. */
function addIncidentsRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/monitoring/incidents',
      summary: 'Incidents (a screen dark or stale while it should be on), newest first',
      tags,
      auth: 'session',
      query: z.object({
        status: z.enum(['open', 'all']).default('all'),
        screenId: IdSchema.optional(),
        limit: LimitSchema,
      }),
      responses: {
        200: { description: 'Incidents', schema: z.object({ items: z.array(IncidentSchema) }) },
      },
    },
    async (c, { query }) => {
      const screenIds = await visibleScreenIds(deps.store.db, c.get('user'));
      const items = await incidentsRepository.list(deps.store.db, {
        openOnly: query.status === 'open',
        limit: query.limit,
        ...(query.screenId ? { screenId: query.screenId } : {}),
        ...(screenIds ? { screenIds } : {}),
      });
      return c.json({ items }, 200);
    },
  );
}

/** Uptime per screen over a period. */
function addUptimeRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/monitoring/uptime',
      summary: 'Uptime per screen over a period (the dashboard chart)',
      description:
        'Period as for reports. Scheduled screen-off time is not counted as down; `uptime` is up / expected-on.',
      tags,
      auth: 'session',
      query: PeriodQuerySchema.extend({
        screenId: IdSchema.optional(),
        groupId: IdSchema.optional(),
      }),
      responses: { 200: { description: 'Per screen', schema: UptimeReportSchema } },
    },
    async (c, { query }) => {
      await deps.monitor.states();
      const visible = await visibleScreenIds(deps.store.db, c.get('user'));
      const report = await buildUptimeReport(
        deps.store.db,
        periodOrThrow(query),
        deps.clock(),
        query,
      );
      return c.json(
        {
          ...report,
          screens: report.screens.filter((s) => admits(visible, s.screen.id)),
        },
        200,
      );
    },
  );
}

/** The live feed of screen statuses. */
function addLiveFeedRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/monitoring/events',
      summary: 'Live feed: a `screen` event with the screen status after each report or change',
      description:
        '`text/event-stream`; each `screen` event carries one item as in `/monitoring/screens`; a `: ping` comment every 25 s. Ends when the user signs out, is disabled or changes password.',
      tags,
      auth: 'session',
      responses: { 200: { description: 'The stream', contentType: 'text/event-stream' } },
    },
    async (c) => {
      const user = c.get('user');
      return streamSSE(c, async (stream) => {
        let writing = Promise.resolve();
        const send = (write: () => Promise<void>) => {
          writing = writing.then(write).catch(() => undefined);
        };
        let end = () => {};
        const ended = new Promise<void>((resolve) => {
          end = resolve;
        });
        stream.onAbort(end);
        const leave = deps.userStreams.add(c.get('user').id, end);
        const unsubscribe = deps.monitor.subscribe(({ screenId }) => {
          send(async () => {
            const [item] = await statusesOf(deps, { screenId, judgeFirst: false });
            // Judged per event: a screen moved into or out of the user's groups counts at once.
            if (item && canSeeScreen(user, item))
              await stream.writeSSE({ event: 'screen', data: JSON.stringify(item) });
          });
        }, end);
        const ping = setInterval(
          () => send(() => stream.write(': ping\n\n').then(() => undefined)),
          PING_INTERVAL_MS,
        );
        await ended;
        clearInterval(ping);
        unsubscribe();
        leave();
      });
    },
  );
}
