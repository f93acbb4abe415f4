import {
  hiddenStretchesOfAll,
  InstantSchema,
  TimelineReasonSchema as ReasonSchema,
  resolveSchedule,
  type ScheduleEntry,
  type ScheduleScreen,
  ScreenTimelineSchema,
  TimelineStateSchema as StateSchema,
  scheduleTimeline,
} from '@bangtin/shared';
import { z } from 'zod';
import { canSeeScreen } from '../../../auth/group-scope.js';
import { notFound } from '../../../errors.js';
import { buildManifest } from '../../../manifest/build-manifest.js';
import { loadContent } from '../../../store/load-content.js';
import type { User } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';

const MAX_TIMELINE_DAYS = 62;

const PreviewQuerySchema = z.object({ at: InstantSchema.optional() });
const PreviewSchema = z.object({
  at: InstantSchema,
  state: StateSchema,
  playlistId: z.string().nullable(),
  entryId: z.string().nullable(),
  reason: ReasonSchema,
  nextChangeAt: InstantSchema.nullable(),
  overlappingEntryIds: z.array(z.string()),
});

const TimelineQuerySchema = z
  .object({ from: InstantSchema, to: InstantSchema })
  .refine((range) => Date.parse(range.to) > Date.parse(range.from), {
    path: ['to'],
    message: 'the end is not after the start',
  })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= MAX_TIMELINE_DAYS * 864e5, {
    path: ['to'],
    message: `a timeline spans at most ${MAX_TIMELINE_DAYS} days`,
  });
const iso = (epochMs: number) => new Date(epochMs).toISOString();

/** What a screen plays at an instant, and over a range (the admin UI's week view). */
export function addSchedulePreviewRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['screens'];

  /** The same schedule and screen facts the screen's manifest gives its player. */
  const screenSchedule = async (id: string, user: User) => {
    const content = await deps.store.db.transaction().execute(loadContent);
    const screen = content.screens.find((s) => s.id === id);
    if (!screen || !canSeeScreen(user, screen)) throw notFound('Screen');
    const manifest = buildManifest(screen, content);
    const scheduleScreen: ScheduleScreen = {
      id: screen.id,
      groupIds: screen.groupIds,
      timeZone: screen.timeZone,
      defaultPlaylistId: manifest.screen.defaultPlaylistId,
      holidays: manifest.screen.holidays,
    };
    return { entries: manifest.schedule, scheduleScreen, playlists: content.playlists };
  };

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/screens/{id}/preview',
      summary: 'What the screen plays at an instant, and until when',
      tags,
      auth: 'viewer',
      params: IdParamsSchema,
      query: PreviewQuerySchema,
      responses: {
        200: { description: "The resolver's answer", schema: PreviewSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params, query }) => {
      const { entries, scheduleScreen } = await screenSchedule(params.id, c.get('user'));
      const at = query.at ? Date.parse(query.at) : deps.clock();
      const resolution = resolveSchedule(entries, scheduleScreen, at);
      return c.json(
        {
          ...resolution,
          at: iso(at),
          nextChangeAt: resolution.nextChangeAt === null ? null : iso(resolution.nextChangeAt),
        },
        200,
      );
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/screens/{id}/timeline',
      summary: 'What the screen plays over a range, as segments',
      description: `At most ${MAX_TIMELINE_DAYS} days; each segment says which entry (or the default) plays and why, and which entries it hides over its whole length.`,
      tags,
      auth: 'viewer',
      params: IdParamsSchema,
      query: TimelineQuerySchema,
      responses: {
        200: {
          description: 'Segments in order',
          schema: ScreenTimelineSchema,
        },
        400: errorResponse(400),
        404: errorResponse(404),
      },
    },
    async (c, { params, query }) => {
      const { entries, scheduleScreen, playlists } = await screenSchedule(params.id, c.get('user'));
      const from = Date.parse(query.from);
      const to = Date.parse(query.to);
      const names = new Map<string, string>(playlists.map((p) => [p.id, p.name]));
      const entryNames = new Map<string, string>(
        entries.map((entry: ScheduleEntry) => [entry.id, entry.name]),
      );
      const hidden = hiddenStretchesOfAll(entries, scheduleScreen, from, to);
      const items = scheduleTimeline(entries, scheduleScreen, from, to).map((segment) => ({
        ...segment,
        overlappingEntryIds: [
          ...new Set(
            hidden
              .filter((stretch) => stretch.from < segment.to && segment.from < stretch.to)
              .map((stretch) => stretch.entryId),
          ),
        ],
        from: iso(segment.from),
        to: iso(segment.to),
        playlistName: segment.playlistId ? (names.get(segment.playlistId) ?? null) : null,
        entryName: segment.entryId ? (entryNames.get(segment.entryId) ?? null) : null,
      }));
      return c.json({ items }, 200);
    },
  );
}
