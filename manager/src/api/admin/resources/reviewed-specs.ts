import {
  type Playlist,
  PlaylistInputSchema,
  PlaylistSchema,
  type ScheduleEntry,
  ScheduleEntryInputSchema,
  ScheduleEntrySchema,
  type Slide,
  SlideInputSchema,
  SlideSchema,
} from '@bangtin/shared';
import { canSeeTarget, canTarget } from '../../../auth/group-scope.js';
import { playlistsRepository } from '../../../store/playlists.js';
import { schedulesRepository } from '../../../store/schedules.js';
import { slidesRepository } from '../../../store/slides.js';
import {
  checkPlaylist,
  checkSchedule,
  checkSlide,
  nobodyRefersTo,
  referrersOfPlaylist,
  referrersOfSlide,
} from './references.js';
import type { AnyReviewedSpec, ReviewedSpec } from './reviewed-spec.js';

const slides: ReviewedSpec<typeof SlideInputSchema, Slide> = {
  resource: 'slides',
  noun: 'Slide',
  input: SlideInputSchema,
  item: SlideSchema,
  repository: slidesRepository,
  label: (slide) => slide.title,
  check: checkSlide,
  referrers: referrersOfSlide,
  owned: 'slides',
};

const playlists: ReviewedSpec<typeof PlaylistInputSchema, Playlist> = {
  resource: 'playlists',
  noun: 'Playlist',
  input: PlaylistInputSchema,
  item: PlaylistSchema,
  repository: playlistsRepository,
  label: (playlist) => playlist.name,
  check: checkPlaylist,
  referrers: referrersOfPlaylist,
  owned: 'playlists',
};

/** Entries are tied to screens: a user of some screen groups sees and writes only theirs. */
const schedules: ReviewedSpec<typeof ScheduleEntryInputSchema, ScheduleEntry> = {
  resource: 'schedules',
  noun: 'Schedule entry',
  input: ScheduleEntryInputSchema,
  item: ScheduleEntrySchema,
  repository: schedulesRepository,
  label: (entry) => entry.name,
  check: checkSchedule,
  referrers: nobodyRefersTo,
  visible: (user, entry, screens) => canSeeTarget(user, entry.target, screens),
  writable: (user, entry, screens) => canTarget(user, entry.target, screens),
};

/** Slides, playlists and schedule entries: what screens show only after an approval. */
export const REVIEWED_SPECS: readonly AnyReviewedSpec[] = [slides, playlists, schedules];
