import { IdSchema } from '@bangtin/shared';
import { z } from 'zod';
import type { Db } from '../store/open-store.js';
import { type PlayRef, playRefsRepository } from '../store/play-refs.js';
import { PeriodQuerySchema } from './report-period.js';

/** Which plays a report counts: a period and, optionally, one screen, group, slide, playlist or tag. */
export const ReportFilterQuerySchema = PeriodQuerySchema.extend({
  screenId: IdSchema.optional(),
  groupId: IdSchema.optional(),
  slideId: IdSchema.optional(),
  playlistId: IdSchema.optional(),
  tag: z.string().min(1).max(40).optional(),
});
export type ReportFilterQuery = z.output<typeof ReportFilterQuerySchema> & {
  /** Set by the route, never by the client: a scoped user's groups; empty means every screen. */
  withinGroups?: readonly string[];
};

export interface Named {
  id: string;
  name: string;
}

export interface ScreenInfo extends Named {
  groupIds: string[];
}

export interface SlideInfo extends Named {
  tags: string[];
}

/** Names for the keys plays are stored under: live where the thing still exists, else as last seen. */
export interface ReportContext {
  screens: Map<number, ScreenInfo>;
  slides: Map<number, SlideInfo>;
  playlists: Map<number, Named>;
  groups: Map<string, Named>;
}

/** The key filters of a query: null means no restriction. */
export interface KeyFilter {
  screenKeys: number[] | null;
  slideKeys: number[] | null;
  playlistKeys: number[] | null;
}

async function documentFields(db: Db, table: 'slides' | 'playlists') {
  const rows = await db.selectFrom(table).select(['id', 'body']).execute();
  return new Map(rows.map((row) => [row.id, JSON.parse(row.body) as Record<string, unknown>]));
}

const labelOf = (ref: PlayRef) => ref.label ?? ref.ref;

export async function loadReportContext(db: Db): Promise<ReportContext> {
  const liveScreens = await db.selectFrom('screens').select(['id', 'name']).execute();
  const members = await db
    .selectFrom('screen_group_members')
    .select(['screen_id', 'group_id'])
    .execute();
  const groups = await db
    .selectFrom('screen_groups')
    .select(['id', 'name'])
    .orderBy('seq')
    .execute();
  const liveSlides = await documentFields(db, 'slides');
  const livePlaylists = await documentFields(db, 'playlists');
  const screenNames = new Map(liveScreens.map((s) => [s.id, s.name]));

  const screens = new Map<number, ScreenInfo>();
  for (const ref of await playRefsRepository.list(db, 'screen')) {
    screens.set(ref.key, {
      id: ref.ref,
      name: screenNames.get(ref.ref) ?? labelOf(ref),
      groupIds: members.filter((m) => m.screen_id === ref.ref).map((m) => m.group_id),
    });
  }
  const slides = new Map<number, SlideInfo>();
  for (const ref of await playRefsRepository.list(db, 'slide')) {
    const live = liveSlides.get(ref.ref);
    slides.set(ref.key, {
      id: ref.ref,
      name: typeof live?.title === 'string' ? live.title : labelOf(ref),
      tags: Array.isArray(live?.tags) ? (live.tags as string[]) : ref.tags,
    });
  }
  const playlists = new Map<number, Named>();
  for (const ref of await playRefsRepository.list(db, 'playlist')) {
    const live = livePlaylists.get(ref.ref);
    playlists.set(ref.key, {
      id: ref.ref,
      name: typeof live?.name === 'string' ? live.name : labelOf(ref),
    });
  }
  return {
    screens,
    slides,
    playlists,
    groups: new Map(groups.map((g) => [g.id, { id: g.id, name: g.name }])),
  };
}

function keysWhere<T>(map: Map<number, T>, test: (value: T) => boolean): number[] {
  return [...map].filter(([, value]) => test(value)).map(([key]) => key);
}

/** The stored keys a query's filters select. */
export function keyFilter(context: ReportContext, query: ReportFilterQuery): KeyFilter {
  let screenKeys: number[] | null = null;
  const within = query.withinGroups ?? [];
  if (query.screenId || query.groupId || within.length > 0) {
    screenKeys = keysWhere(
      context.screens,
      (s) =>
        (!query.screenId || s.id === query.screenId) &&
        (!query.groupId || s.groupIds.includes(query.groupId)) &&
        (within.length === 0 || s.groupIds.some((id) => within.includes(id))),
    );
  }
  let slideKeys: number[] | null = null;
  if (query.slideId || query.tag) {
    slideKeys = keysWhere(
      context.slides,
      (s) =>
        (!query.slideId || s.id === query.slideId) &&
        (!query.tag || s.tags.includes(query.tag as string)),
    );
  }
  const playlistKeys = query.playlistId
    ? keysWhere(context.playlists, (p) => p.id === query.playlistId)
    : null;
  return { screenKeys, slideKeys, playlistKeys };
}
