import type {
  Holiday,
  Hotline,
  Media,
  Playlist,
  Procedure,
  ScheduleEntry,
  Screen,
  ScreenGroup,
  Settings,
  Slide,
} from '@bangtin/shared';
import { applyFigureFeeds } from './apply-figure-feeds.js';
import { figureFeedsRepository } from './figure-feeds.js';
import { groupsRepository } from './groups.js';
import { holidaysRepository } from './holidays.js';
import { hotlinesRepository } from './hotlines.js';
import { mediaRepository } from './media.js';
import type { Db } from './open-store.js';
import { playlistsRepository } from './playlists.js';
import { proceduresRepository } from './procedures.js';
import { schedulesRepository } from './schedules.js';
import { screensRepository } from './screens.js';
import type { ScreensMemo } from './screens-memo.js';
import { settingsRepository } from './settings.js';
import { slidesRepository } from './slides.js';

/** Everything manifests and reference checks read, loaded at one point in time. */
export interface ContentSnapshot {
  settings: Settings;
  media: Media[];
  slides: Slide[];
  procedures: Procedure[];
  hotlines: Hotline[];
  playlists: Playlist[];
  schedule: ScheduleEntry[];
  groups: ScreenGroup[];
  screens: Screen[];
  /** By date. */
  holidays: Holiday[];
}

/**
 * `published`: what screens show (slides, playlists and schedule entries as last approved);
 * `drafts`: what editors work on, for checking the references of a draft.
 */
export type ContentView = 'published' | 'drafts';

/**
 * Pass a transaction to read a consistent snapshot, and the process's `ScreensMemo` where the
 * screens are read often (after every change).
 */
export async function loadContent(
  db: Db,
  view: ContentView = 'published',
  screens?: ScreensMemo,
): Promise<ContentSnapshot> {
  const reviewed = view === 'published' ? 'listPublished' : 'listDrafts';
  const slides = await slidesRepository[reviewed](db);
  return {
    settings: await settingsRepository.get(db),
    media: await mediaRepository.list(db),
    // What screens show carries what the figures sources last read; drafts keep hand values.
    slides:
      view === 'published'
        ? applyFigureFeeds(slides, await figureFeedsRepository.list(db))
        : slides,
    procedures: await proceduresRepository.list(db),
    hotlines: await hotlinesRepository.list(db),
    playlists: await playlistsRepository[reviewed](db),
    schedule: await schedulesRepository[reviewed](db),
    groups: await groupsRepository.list(db),
    screens: await (screens ?? screensRepository).list(db),
    holidays: await holidaysRepository.list(db),
  };
}

/**
 * Both views for an editor's write, in one transaction: only slides, playlists and the schedule
 * have drafts, so everything else (ten thousand screens, the procedures) is read once.
 */
export async function loadBothViews(
  db: Db,
  screens?: ScreensMemo,
): Promise<{ content: ContentSnapshot; drafts: ContentSnapshot }> {
  const content = await loadContent(db, 'published', screens);
  const drafts: ContentSnapshot = {
    ...content,
    slides: await slidesRepository.listDrafts(db),
    playlists: await playlistsRepository.listDrafts(db),
    schedule: await schedulesRepository.listDrafts(db),
  };
  return { content, drafts };
}
