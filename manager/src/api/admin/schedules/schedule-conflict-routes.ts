import {
  hiddenStretches,
  ScheduleConflictListSchema,
  ScheduleConflictQuerySchema,
  type ScheduleEntry,
  type ScheduleScreen,
  zoneCalendar,
} from '@bangtin/shared';
import { canSeeScreen } from '../../../auth/group-scope.js';
import { buildManifest } from '../../../manifest/build-manifest.js';
import { loadContent } from '../../../store/load-content.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';

/** Two weeks show every weekly pattern twice and a fortnightly one once. */
const WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/** `POST /schedule-conflicts`: where an unsaved entry would be hidden, and by which entries. */
export function addScheduleConflictRoutes(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/schedule-conflicts',
      summary: 'Where an entry, before it is saved, would be hidden by other entries',
      description: `Over ${WINDOW_DAYS} whole days in each screen's time zone from today (or from the entry's start date), on each screen it targets that the caller sees, against what screens show now. Whole stretches of time, in order.`,
      tags: ['schedules'],
      auth: 'viewer',
      body: ScheduleConflictQuerySchema,
      responses: {
        200: {
          description: 'The hidden stretches',
          schema: ScheduleConflictListSchema,
        },
        400: errorResponse(400),
      },
    },
    async (c, { body }) => {
      const user = c.get('user');
      const now = deps.clock();
      const content = await deps.store.db.transaction().execute(loadContent);
      const stored = body.id ? content.schedule.find((s) => s.id === body.id) : undefined;
      const entry: ScheduleEntry = {
        ...body.entry,
        id: body.id ?? 'unsaved-entry',
        createdAt: stored?.createdAt ?? new Date(now).toISOString(),
      };
      const startDay = entry.startDate ? Date.parse(entry.startDate) - DAY_MS : now;
      const start = Math.max(now, startDay);
      const entries = new Map(content.schedule.map((s) => [s.id, s]));
      const items = [];
      for (const screen of content.screens) {
        if (!canSeeScreen(user, screen)) continue;
        const manifest = buildManifest(screen, content);
        const scheduleScreen: ScheduleScreen = {
          id: screen.id,
          groupIds: screen.groupIds,
          timeZone: screen.timeZone,
          defaultPlaylistId: manifest.screen.defaultPlaylistId,
        };
        // Whole local days, today's included: a stretch cut at this minute would read as hours of
        // its own ("Monday, 09:12–11:30") beside the week's pattern.
        const calendar = zoneCalendar(screen.timeZone);
        const firstDay = calendar.dayOf(start);
        const from = calendar.instant(firstDay, 0);
        const to = calendar.instant(firstDay + WINDOW_DAYS, 0);
        for (const stretch of hiddenStretches(entry, manifest.schedule, scheduleScreen, from, to)) {
          const hider = entries.get(stretch.hiddenBy);
          if (!hider) continue;
          items.push({
            screenId: screen.id,
            screenName: screen.name,
            timeZone: screen.timeZone,
            hiddenBy: {
              id: hider.id,
              name: hider.name,
              kind: hider.kind,
              priority: hider.priority,
            },
            from: new Date(stretch.from).toISOString(),
            to: new Date(stretch.to).toISOString(),
          });
        }
      }
      return c.json({ items }, 200);
    },
  );
}
