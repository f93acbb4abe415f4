import {
  HotlineInputSchema,
  HotlineSchema,
  PlaylistInputSchema,
  PlaylistSchema,
  ProcedureInputSchema,
  ProcedureSchema,
  ScheduleEntryInputSchema,
  ScheduleEntrySchema,
  ScreenGroupInputSchema,
  ScreenGroupSchema,
  ScreenInputSchema,
  ScreenSchema,
  SlideInputSchema,
  SlideSchema,
} from '@bangtin/shared';
import { groupsRepository } from '../../store/groups.js';
import { hotlinesRepository } from '../../store/hotlines.js';
import { playlistsRepository } from '../../store/playlists.js';
import { proceduresRepository } from '../../store/procedures.js';
import { schedulesRepository } from '../../store/schedules.js';
import { screensRepository } from '../../store/screens.js';
import { slidesRepository } from '../../store/slides.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { addCrudRoutes } from './crud-routes.js';
import {
  checkGroup,
  checkPlaylist,
  checkSchedule,
  checkScreen,
  checkSlide,
  nobodyRefersTo,
  noReferences,
  referrersOfGroup,
  referrersOfHotline,
  referrersOfPlaylist,
  referrersOfScreen,
  referrersOfSlide,
} from './references.js';

/** The editor's resources that share the list/create/read/replace/delete shape. */
export function addResourceRoutes(router: ApiRouter, deps: ApiDeps): void {
  addCrudRoutes(router, deps, {
    resource: 'slides',
    noun: 'Slide',
    input: SlideInputSchema,
    item: SlideSchema,
    repository: slidesRepository,
    check: checkSlide,
    referrers: referrersOfSlide,
  });
  addCrudRoutes(router, deps, {
    resource: 'procedures',
    noun: 'Procedure',
    input: ProcedureInputSchema,
    item: ProcedureSchema,
    repository: proceduresRepository,
    check: noReferences,
    referrers: nobodyRefersTo,
  });
  addCrudRoutes(router, deps, {
    resource: 'hotlines',
    noun: 'Hotline',
    input: HotlineInputSchema,
    item: HotlineSchema,
    repository: hotlinesRepository,
    check: noReferences,
    referrers: referrersOfHotline,
  });
  addCrudRoutes(router, deps, {
    resource: 'playlists',
    noun: 'Playlist',
    input: PlaylistInputSchema,
    item: PlaylistSchema,
    repository: playlistsRepository,
    check: checkPlaylist,
    referrers: referrersOfPlaylist,
  });
  addCrudRoutes(router, deps, {
    resource: 'schedules',
    noun: 'Schedule entry',
    input: ScheduleEntryInputSchema,
    item: ScheduleEntrySchema,
    repository: schedulesRepository,
    check: checkSchedule,
    referrers: nobodyRefersTo,
  });
  addCrudRoutes(router, deps, {
    resource: 'screens',
    noun: 'Screen',
    input: ScreenInputSchema,
    item: ScreenSchema,
    repository: screensRepository,
    check: checkScreen,
    referrers: referrersOfScreen,
  });
  addCrudRoutes(router, deps, {
    resource: 'groups',
    noun: 'Group',
    input: ScreenGroupInputSchema,
    item: ScreenGroupSchema,
    repository: groupsRepository,
    check: checkGroup,
    referrers: referrersOfGroup,
  });
}
