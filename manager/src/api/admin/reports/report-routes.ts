import { PlayReportSchema, PlaySeriesSchema } from '@bangtin/shared';
import type { Context } from 'hono';
import { admits, visibleScreenIds } from '../../../auth/visible-screens.js';
import { periodOrThrow } from '../../../reports/period-or-throw.js';
import { buildPlayReport, PlayReportQuerySchema } from '../../../reports/play-report.js';
import { buildPlaySeries, PlaySeriesQuerySchema } from '../../../reports/play-series.js';
import { renderPrintReport } from '../../../reports/print-report.js';
import { reportCsv } from '../../../reports/report-csv.js';
import { buildUptimeReport } from '../../../reports/uptime-report.js';
import { groupsRepository } from '../../../store/groups.js';
import { settingsRepository } from '../../../store/settings.js';
import { addRoute } from '../../add-route.js';
import type { ApiRouter, AppEnv } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';

const PERIOD_HELP =
  'Period: `period=day&date=YYYY-MM-DD`, `period=month&month=YYYY-MM`, `period=quarter&quarter=YYYY-Q1`, `period=year&year=YYYY` or `period=custom&from=…&to=…` (local days of each screen, inclusive). Filters: `screenId`, `groupId`, `slideId`, `playlistId`, `tag`.';

/** A report query limited to the screens of the user's groups (none: every screen). */
const scoped = <Q extends object>(c: Context<AppEnv>, query: Q) => ({
  ...query,
  withinGroups: c.get('user').groupIds,
});

/** Proof-of-play reports: JSON, CSV for spreadsheets, and a printable A4 page. */
export function addReportRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['reports'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/reports/plays',
      summary: 'Plays, time on screen and screens reached, per slide, playlist or tag',
      description: `${PERIOD_HELP} \`by\`: slide | playlist | tag; \`per\`: all | screen | group.`,
      tags,
      auth: 'session',
      query: PlayReportQuerySchema,
      responses: { 200: { description: 'The report', schema: PlayReportSchema } },
    },
    async (c, { query }) =>
      c.json(await buildPlayReport(deps.store.db, periodOrThrow(query), scoped(c, query)), 200),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/reports/plays.csv',
      summary: 'The same report as CSV (UTF-8 with BOM, for spreadsheets)',
      description: PERIOD_HELP,
      tags,
      auth: 'session',
      query: PlayReportQuerySchema,
      responses: { 200: { description: 'CSV', contentType: 'text/csv' } },
    },
    async (c, { query }) => {
      const period = periodOrThrow(query);
      const report = await buildPlayReport(deps.store.db, period, scoped(c, query));
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header(
        'Content-Disposition',
        `attachment; filename="bao-cao-luot-phat-${period.from}-${period.to}.csv"`,
      );
      return c.body(reportCsv(report));
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/reports/plays/series',
      summary: 'Plays over time (the dashboard chart)',
      description: `${PERIOD_HELP} \`bucket\`: day | month (default: day up to 62 days, else month).`,
      tags,
      auth: 'session',
      query: PlaySeriesQuerySchema,
      responses: { 200: { description: 'One point per bucket', schema: PlaySeriesSchema } },
    },
    async (c, { query }) =>
      c.json(await buildPlaySeries(deps.store.db, periodOrThrow(query), scoped(c, query)), 200),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/reports/print',
      summary: 'The report as a printable A4 page (Vietnamese, with charts)',
      description: `${PERIOD_HELP} Self-contained HTML with inline SVG charts; print it from the browser.`,
      tags,
      auth: 'session',
      query: PlayReportQuerySchema,
      responses: { 200: { description: 'HTML', contentType: 'text/html' } },
    },
    async (c, { query }) => {
      const period = periodOrThrow(query);
      const { db } = deps.store;
      const now = deps.clock();
      const report = await buildPlayReport(db, period, scoped(c, query));
      const series = await buildPlaySeries(db, period, scoped(c, query));
      const visible = await visibleScreenIds(db, c.get('user'));
      const fleet = await buildUptimeReport(db, period, now, query);
      const uptime = {
        ...fleet,
        screens: fleet.screens.filter((s) => admits(visible, s.screen.id)),
      };
      const settings = await settingsRepository.get(db);
      const filters = [
        ...(query.tag ? [`Thẻ: ${query.tag}`] : []),
        ...(query.screenId
          ? [`Màn hình: ${uptime.screens[0]?.screen.name ?? query.screenId}`]
          : []),
        ...(query.groupId
          ? [`Nhóm: ${(await groupsRepository.get(db, query.groupId))?.name ?? query.groupId}`]
          : []),
      ];
      return c.html(
        renderPrintReport({
          agencyName: settings.agencyName,
          form: settings,
          report,
          series,
          uptime,
          filters,
          generatedAt: new Date(now).toISOString(),
          timeZone: 'Asia/Ho_Chi_Minh',
        }),
      );
    },
  );
}
