import { dateFromDay, type PlaySeries } from '@bangtin/shared';
import { z } from 'zod';
import type { Db } from '../store/open-store.js';
import { orNone } from './play-report.js';
import {
  keyFilter,
  loadReportContext,
  type ReportFilterQuery,
  ReportFilterQuerySchema,
} from './report-context.js';
import type { ReportPeriod } from './report-period.js';

/** Periods up to this many days are drawn per day by default, longer ones per month. */
const DAILY_UP_TO_DAYS = 62;

export const PlaySeriesQuerySchema = ReportFilterQuerySchema.extend({
  bucket: z.enum(['day', 'month']).optional(),
});
export type PlaySeriesQuery = z.output<typeof PlaySeriesQuerySchema> &
  Pick<ReportFilterQuery, 'withinGroups'>;

/** Plays over time (a point for every day or month of the period, zeros included). */
export async function buildPlaySeries(
  db: Db,
  period: ReportPeriod,
  query: PlaySeriesQuery,
): Promise<PlaySeries> {
  const bucket =
    query.bucket ?? (period.toDay - period.fromDay < DAILY_UP_TO_DAYS ? 'day' : 'month');
  const filter = keyFilter(await loadReportContext(db), query);
  let select = db
    .selectFrom('play_days')
    .select(['day', 'screen_key'])
    .select((eb) => [
      eb.fn.sum<number>('plays').as('plays'),
      eb.fn.sum<number>('duration_ms').as('ms'),
    ])
    .where('day', '>=', period.fromDay)
    .where('day', '<=', period.toDay)
    .groupBy(['day', 'screen_key']);
  if (filter.screenKeys) select = select.where('screen_key', 'in', orNone(filter.screenKeys));
  if (filter.slideKeys) select = select.where('slide_key', 'in', orNone(filter.slideKeys));
  if (filter.playlistKeys) select = select.where('playlist_key', 'in', orNone(filter.playlistKeys));

  const startOf = (day: number) => {
    const date = dateFromDay(day);
    return bucket === 'day' ? date : `${date.slice(0, 7)}-01`;
  };
  const points = new Map<string, { plays: number; ms: number; screens: Set<number> }>();
  for (let day = period.fromDay; day <= period.toDay; day++) {
    const start = startOf(day);
    if (!points.has(start)) points.set(start, { plays: 0, ms: 0, screens: new Set() });
  }
  for (const row of await select.execute()) {
    const point = points.get(startOf(row.day));
    if (!point) continue;
    point.plays += Number(row.plays);
    point.ms += Number(row.ms);
    point.screens.add(row.screen_key);
  }
  return {
    period: { from: period.from, to: period.to, label: period.label },
    bucket,
    points: [...points].map(([start, point]) => ({
      start,
      label:
        bucket === 'day'
          ? `${start.slice(8, 10)}/${start.slice(5, 7)}`
          : `${start.slice(5, 7)}/${start.slice(0, 4)}`,
      plays: point.plays,
      durationMs: point.ms,
      screensReached: point.screens.size,
    })),
  };
}
