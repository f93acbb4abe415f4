import { randomUUID } from 'node:crypto';
import {
  HolidayInputSchema,
  HotlineInputSchema,
  PlaylistInputSchema,
  ProcedureInputSchema,
  ScheduleEntryInputSchema,
  ScreenGroupInputSchema,
  ScreenInputSchema,
  SettingsSchema,
  SlideInputSchema,
} from '@bangtin/shared';
import { issueDeviceToken } from '../auth/pairing.js';
import { groupsRepository } from '../store/groups.js';
import { holidaysRepository } from '../store/holidays.js';
import { hotlinesRepository } from '../store/hotlines.js';
import type { Store } from '../store/open-store.js';
import { playlistsRepository } from '../store/playlists.js';
import { proceduresRepository } from '../store/procedures.js';
import { schedulesRepository } from '../store/schedules.js';
import { screensRepository } from '../store/screens.js';
import { settingsRepository } from '../store/settings.js';
import { slidesRepository } from '../store/slides.js';
import type { DemoContent } from './demo-content.js';

export interface SeededDemo {
  screenId: string;
  /** The demo screen's device token, shown once in the demo link. */
  token: string;
}

/** The demo plays at once: it is published by the system, not waiting for an approver. */
const PUBLISHED = { by: null };

function idOf(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo content names an unknown ${what} "${key}"`);
  return id;
}

/**
 * Stores the demo content in one transaction, validated by the same schemas as the editor API,
 * with a demo group and a demo screen that is already paired.
 */
export async function seedDemo(
  store: Store,
  content: DemoContent,
  now: number,
): Promise<SeededDemo> {
  const at = new Date(now).toISOString();
  return store.db.transaction().execute(async (trx) => {
    for (const hotline of content.hotlines) {
      await hotlinesRepository.create(trx, randomUUID(), HotlineInputSchema.parse(hotline), at);
    }
    for (const procedure of content.procedures) {
      await proceduresRepository.create(
        trx,
        randomUUID(),
        ProcedureInputSchema.parse(procedure),
        at,
      );
    }
    const slideIds = new Map<string, string>();
    for (const [key, slide] of Object.entries(content.slides)) {
      const created = await slidesRepository.create(
        trx,
        randomUUID(),
        SlideInputSchema.parse(slide),
        at,
        PUBLISHED,
      );
      slideIds.set(key, created.id);
    }
    const playlistIds = new Map<string, string>();
    for (const [key, playlist] of Object.entries(content.playlists)) {
      const input = PlaylistInputSchema.parse({
        name: playlist.name,
        items: playlist.items.map((item) => ({
          slideId: idOf(slideIds, item.slide, 'slide'),
          durationSeconds: item.durationSeconds,
        })),
      });
      playlistIds.set(
        key,
        (await playlistsRepository.create(trx, randomUUID(), input, at, PUBLISHED)).id,
      );
    }
    for (const { playlist, ...entry } of content.schedule) {
      const zones = Object.fromEntries(
        Object.entries(entry.zones ?? {}).map(([name, zone]) => [
          name,
          zone?.kind === 'playlist'
            ? { ...zone, playlistId: idOf(playlistIds, zone.playlistId, 'playlist') }
            : zone,
        ]),
      );
      const input = ScheduleEntryInputSchema.parse({
        ...entry,
        zones,
        playlistId: playlist === null ? null : idOf(playlistIds, playlist, 'playlist'),
      });
      await schedulesRepository.create(trx, randomUUID(), input, at, PUBLISHED);
    }
    const group = await groupsRepository.create(
      trx,
      randomUUID(),
      ScreenGroupInputSchema.parse(content.group),
      at,
    );
    const screen = await screensRepository.create(
      trx,
      randomUUID(),
      ScreenInputSchema.parse({ ...content.screen, groupIds: [group.id] }),
      at,
    );
    const { defaultPlaylist, ...agency } = content.settings;
    await settingsRepository.put(
      trx,
      SettingsSchema.parse({
        ...agency,
        defaultPlaylistId: idOf(playlistIds, defaultPlaylist, 'playlist'),
      }),
    );
    for (const holiday of content.holidays) {
      await holidaysRepository.create(trx, randomUUID(), HolidayInputSchema.parse(holiday), at);
    }
    const token = await issueDeviceToken(trx, screen.id, now);
    return { screenId: screen.id, token };
  });
}
