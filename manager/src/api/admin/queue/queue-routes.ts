import {
  QueueCallInputSchema,
  QueueCallSchema,
  QueueSnapshotSchema,
  requiredTextSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { forbidden } from '../../../errors.js';
import { recordQueueCall, SNAPSHOT_CALLS, todaysCalls } from '../../../queue/record-queue-call.js';
import { periodOrThrow } from '../../../reports/period-or-throw.js';
import {
  buildQueueReport,
  QueueReportSchema,
  queueReportCsv,
} from '../../../reports/queue-report.js';
import { PeriodQuerySchema } from '../../../reports/report-period.js';
import { addRoute } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { SMALL_BODY_BYTES } from '../../read-json-body.js';

/** "Now serving": queue systems and the counter page call numbers to counters. */
export function addQueueRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['queue'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/queue/calls',
      summary: 'Call a number to a counter',
      description:
        'Body `{"number": "1023", "counter": "3", "service": "…", "action": "call" | "recall" | "skip"}`. Authorised by an integration key (`Authorization: Bearer …`, made by an admin in settings) or a signed-in user (the counter page). Stored for the day and sent at once to every screen as the event-stream event `queue`. A key limited to some counters gets 403 for the others; a revoked key 401.',
      tags,
      auth: 'queue',
      maxBodyBytes: SMALL_BODY_BYTES,
      body: QueueCallInputSchema,
      responses: {
        202: { description: 'Stored and sent to screens', schema: QueueCallSchema },
      },
    },
    async (c, { body }) => {
      const caller = c.get('queueCaller');
      if (
        'counters' in caller &&
        caller.counters.length > 0 &&
        !caller.counters.includes(body.counter)
      ) {
        throw forbidden('This integration key may not call to that counter', {
          counter: body.counter,
        });
      }
      return c.json(await recordQueueCall(deps, body, caller), 202);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/queue/calls',
      summary: "Today's calls",
      description: `The service center's calls of today, newest first (at most ${SNAPSHOT_CALLS}), of one \`counter\` if given: what the counter page counts on from.`,
      tags,
      auth: 'viewer',
      query: z.object({ counter: requiredTextSchema(16).optional() }),
      responses: { 200: { description: "Today's calls", schema: QueueSnapshotSchema } },
    },
    async (c, { query }) => c.json({ calls: await todaysCalls(deps, query.counter) }),
  );

  const PERIOD =
    "Period: `period=day&date=YYYY-MM-DD`, `period=month&month=YYYY-MM`, `period=quarter&quarter=YYYY-Q1`, `period=year&year=YYYY` or `period=custom&from=…&to=…` (the service center's local days, inclusive).";

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/queue/report',
      summary: 'Numbers served per counter per hour',
      description: `${PERIOD} "served" counts numbers called; calls again and skips are counted beside it.`,
      tags: ['reports'],
      auth: 'viewer',
      query: PeriodQuerySchema,
      responses: { 200: { description: 'The report', schema: QueueReportSchema } },
    },
    async (c, { query }) => c.json(await buildQueueReport(deps.store.db, periodOrThrow(query))),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/queue/report.csv',
      summary: 'The same report as CSV (UTF-8 with BOM, for spreadsheets)',
      description: PERIOD,
      tags: ['reports'],
      auth: 'viewer',
      query: PeriodQuerySchema,
      responses: { 200: { description: 'CSV', contentType: 'text/csv' } },
    },
    async (c, { query }) => {
      const period = periodOrThrow(query);
      const report = await buildQueueReport(deps.store.db, period);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header(
        'Content-Disposition',
        `attachment; filename="bao-cao-goi-so-${period.from}-${period.to}.csv"`,
      );
      return c.body(queueReportCsv(report));
    },
  );
}
