import {
  type Hotline,
  type Playlist,
  type ScheduleEntryInputSchema,
  type ScreenGroupInputSchema,
  type ScreenInputSchema,
  type Settings,
  type SlideInputSchema,
  slideMedia,
} from '@bangtin/shared';
import type { z } from 'zod';
import type { FieldIssue } from '../../../errors.js';
import type { ContentSnapshot } from '../../../store/load-content.js';

/** Something that still names the resource being deleted. */
export interface Referrer {
  resource: string;
  id: string;
  name: string;
}

type Check<T> = (input: T, content: ContentSnapshot) => FieldIssue[];

const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));

function unknownIn(
  known: Set<string>,
  values: readonly (string | null)[],
  path: (index: number) => string,
  what: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  values.forEach((value, index) => {
    if (value !== null && !known.has(value))
      issues.push({ path: path(index), message: `unknown ${what}` });
  });
  return issues;
}

export const checkSlide: Check<z.output<typeof SlideInputSchema>> = (slide, content) => {
  const media = new Set(content.media.map((m) => m.sha256));
  const field = slide.kind === 'message' ? 'imageSha256' : 'mediaSha256';
  const issues = unknownIn(media, slideMedia({ ...slide, id: '' }), () => field, 'media');
  if (slide.kind === 'hotlines') {
    issues.push(
      ...unknownIn(ids(content.hotlines), slide.hotlineIds, (i) => `hotlineIds.${i}`, 'hotline'),
    );
  }
  return issues;
};

export const checkPlaylist: Check<Pick<Playlist, 'items'>> = (playlist, content) =>
  unknownIn(
    ids(content.slides),
    playlist.items.map((item) => item.slideId),
    (i) => `items.${i}.slideId`,
    'slide',
  );

export const checkSchedule: Check<z.output<typeof ScheduleEntryInputSchema>> = (entry, content) => [
  ...unknownIn(ids(content.playlists), [entry.playlistId], () => 'playlistId', 'playlist'),
  ...unknownIn(
    ids(content.screens),
    entry.target.screenIds,
    (i) => `target.screenIds.${i}`,
    'screen',
  ),
  ...unknownIn(ids(content.groups), entry.target.groupIds, (i) => `target.groupIds.${i}`, 'group'),
];

export const checkScreen: Check<z.output<typeof ScreenInputSchema>> = (screen, content) => [
  ...unknownIn(ids(content.groups), screen.groupIds, (i) => `groupIds.${i}`, 'group'),
  ...unknownIn(
    ids(content.playlists),
    [screen.defaultPlaylistId],
    () => 'defaultPlaylistId',
    'playlist',
  ),
];

export const checkGroup: Check<z.output<typeof ScreenGroupInputSchema>> = (group, content) =>
  unknownIn(
    ids(content.playlists),
    [group.defaultPlaylistId],
    () => 'defaultPlaylistId',
    'playlist',
  );

export const checkSettings: Check<Settings> = (settings, content) => [
  ...unknownIn(
    ids(content.playlists),
    [settings.defaultPlaylistId],
    () => 'defaultPlaylistId',
    'playlist',
  ),
  ...unknownIn(
    new Set(content.media.map((m) => m.sha256)),
    [settings.logoSha256],
    () => 'logoSha256',
    'media',
  ),
];

/** Hotlines and procedures name nothing else. */
export const noReferences: Check<unknown> = () => [];

const slideName = (slide: { id: string; title: string }): Referrer => ({
  resource: 'slides',
  id: slide.id,
  name: slide.title,
});
const SETTINGS_REFERRER: Referrer = { resource: 'settings', id: 'agency', name: 'Cài đặt chung' };

export function referrersOfMedia(sha256: string, content: ContentSnapshot): Referrer[] {
  const referrers = content.slides.filter((s) => slideMedia(s).includes(sha256)).map(slideName);
  if (content.settings.logoSha256 === sha256) referrers.push(SETTINGS_REFERRER);
  return referrers;
}

export function referrersOfSlide(id: string, content: ContentSnapshot): Referrer[] {
  return content.playlists
    .filter((p) => p.items.some((item) => item.slideId === id))
    .map((p) => ({ resource: 'playlists', id: p.id, name: p.name }));
}

export function referrersOfHotline(id: Hotline['id'], content: ContentSnapshot): Referrer[] {
  return content.slides
    .filter((s) => s.kind === 'hotlines' && s.hotlineIds.includes(id))
    .map(slideName);
}

export function referrersOfPlaylist(id: string, content: ContentSnapshot): Referrer[] {
  return [
    ...content.schedule
      .filter((e) => e.playlistId === id)
      .map((e) => ({ resource: 'schedules', id: e.id, name: e.name })),
    ...content.screens
      .filter((s) => s.defaultPlaylistId === id)
      .map((s) => ({ resource: 'screens', id: s.id, name: s.name })),
    ...content.groups
      .filter((g) => g.defaultPlaylistId === id)
      .map((g) => ({ resource: 'groups', id: g.id, name: g.name })),
    ...(content.settings.defaultPlaylistId === id ? [SETTINGS_REFERRER] : []),
  ];
}

export function referrersOfScreen(id: string, content: ContentSnapshot): Referrer[] {
  return content.schedule
    .filter((e) => e.target.screenIds.includes(id))
    .map((e) => ({ resource: 'schedules', id: e.id, name: e.name }));
}

export function referrersOfGroup(id: string, content: ContentSnapshot): Referrer[] {
  return [
    ...content.schedule
      .filter((e) => e.target.groupIds.includes(id))
      .map((e) => ({ resource: 'schedules', id: e.id, name: e.name })),
    ...content.screens
      .filter((s) => s.groupIds.includes(id))
      .map((s) => ({ resource: 'screens', id: s.id, name: s.name })),
  ];
}

/** Schedule entries and procedures (procedure slides choose by field) are named by nobody. */
export const nobodyRefersTo = (_id: string): Referrer[] => [];
