import { type PlayReport, REPORT_ITEMS, REPORT_SCOPES } from '@bangtin/shared';
import { z } from 'zod';
import type { Db } from '../store/open-store.js';
import {
  type KeyFilter,
  keyFilter,
  loadReportContext,
  type ReportContext,
  type ReportFilterQuery,
  ReportFilterQuerySchema,
} from './report-context.js';
import type { ReportPeriod } from './report-period.js';

/** A report's query: the period and filters, what rows are (`by`) and per what (`per`). */
export const PlayReportQuerySchema = ReportFilterQuerySchema.extend({
  by: z.enum(REPORT_ITEMS).default('slide'),
  per: z.enum(REPORT_SCOPES).default('all'),
});
export type PlayReportQuery = z.output<typeof PlayReportQuerySchema> &
  Pick<ReportFilterQuery, 'withinGroups'>;

interface Grouped {
  screen_key: number;
  slide_key: number;
  playlist_key: number;
  plays: number;
  ms: number;
}

const collator = new Intl.Collator('vi');

const ALL_SCREENS = { id: null, name: 'Tất cả màn hình' };
const NO_GROUP = { id: null, name: '(Không thuộc nhóm)' };
const NO_PLAYLIST = { id: null, name: '(Ngoài danh sách phát)' };
const NO_TAG = { id: null, name: '(Chưa gắn thẻ)' };

/** Sums the daily roll-up over the period, restricted by the key filter, per screen/slide/playlist. */
export async function sumPlays(
  db: Db,
  period: ReportPeriod,
  filter: KeyFilter,
): Promise<Grouped[]> {
  let query = db
    .selectFrom('play_days')
    .select(['screen_key', 'slide_key', 'playlist_key'])
    .select((eb) => [
      eb.fn.sum<number>('plays').as('plays'),
      eb.fn.sum<number>('duration_ms').as('ms'),
    ])
    .where('day', '>=', period.fromDay)
    .where('day', '<=', period.toDay)
    .groupBy(['screen_key', 'slide_key', 'playlist_key']);
  if (filter.screenKeys) query = query.where('screen_key', 'in', orNone(filter.screenKeys));
  if (filter.slideKeys) query = query.where('slide_key', 'in', orNone(filter.slideKeys));
  if (filter.playlistKeys) query = query.where('playlist_key', 'in', orNone(filter.playlistKeys));
  return query.execute();
}

/** `IN ()` is not SQL: an empty selection becomes a key that never exists. */
export const orNone = (keys: number[]) => (keys.length > 0 ? keys : [-1]);

/** Plays, time on screen and screens reached over a period, per scope and item. */
export async function buildPlayReport(
  db: Db,
  period: ReportPeriod,
  query: PlayReportQuery,
): Promise<PlayReport> {
  const context = await loadReportContext(db);
  const grouped = await sumPlays(db, period, keyFilter(context, query));
  const cells = new Map<
    string,
    { scope: Ref; item: Item; plays: number; ms: number; screens: Set<number> }
  >();
  const all = { plays: 0, ms: 0, screens: new Set<number>() };
  for (const row of grouped) {
    const plays = Number(row.plays);
    const ms = Number(row.ms);
    all.plays += plays;
    all.ms += ms;
    all.screens.add(row.screen_key);
    for (const scope of scopesOf(context, query, row.screen_key)) {
      for (const item of itemsOf(context, query, row)) {
        const name = `${scope.id}\u0000${item.id}`;
        const cell = cells.get(name) ?? { scope, item, plays: 0, ms: 0, screens: new Set() };
        cell.plays += plays;
        cell.ms += ms;
        cell.screens.add(row.screen_key);
        cells.set(name, cell);
      }
    }
  }
  const rows = [...cells.values()]
    .map((cell) => ({
      scope: cell.scope,
      item: cell.item,
      plays: cell.plays,
      durationMs: cell.ms,
      screensReached: cell.screens.size,
    }))
    .sort(
      (a, b) =>
        collator.compare(a.scope.name, b.scope.name) ||
        b.plays - a.plays ||
        collator.compare(a.item.name, b.item.name),
    );
  return {
    period: { from: period.from, to: period.to, label: period.label },
    by: query.by,
    per: query.per,
    rows,
    totals: { plays: all.plays, durationMs: all.ms, screensReached: all.screens.size },
  };
}

type Ref = { id: string | null; name: string };
type Item = Ref & { tags?: string[] };

function scopesOf(context: ReportContext, query: PlayReportQuery, screenKey: number): Ref[] {
  const screen = context.screens.get(screenKey);
  if (query.per === 'all') return [ALL_SCREENS];
  if (query.per === 'screen') return [screen ?? { id: null, name: '?' }];
  const groups = (screen?.groupIds ?? [])
    .filter((id) => !query.groupId || id === query.groupId)
    .flatMap((id) => context.groups.get(id) ?? []);
  return groups.length > 0 ? groups : [NO_GROUP];
}

function itemsOf(context: ReportContext, query: PlayReportQuery, row: Grouped): Item[] {
  if (query.by === 'playlist') return [context.playlists.get(row.playlist_key) ?? NO_PLAYLIST];
  const slide = context.slides.get(row.slide_key);
  if (query.by === 'slide') {
    return [slide ? { id: slide.id, name: slide.name, tags: slide.tags } : { id: null, name: '?' }];
  }
  const tags = (slide?.tags ?? []).filter((tag) => !query.tag || tag === query.tag);
  return tags.length > 0 ? tags.map((tag) => ({ id: tag, name: tag })) : [NO_TAG];
}
