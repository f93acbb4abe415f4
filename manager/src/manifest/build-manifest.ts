import {
  MANIFEST_SCHEMA_VERSION,
  type Manifest,
  type MediaRef,
  type ScheduleEntry,
  type Screen,
  slideMedia,
  zonePlaylistIds,
} from '@bangtin/shared';
import { slidePlayLimits } from '../plays/slide-play-limits.js';
import type { ContentSnapshot } from '../store/load-content.js';
import type { ManifestSegment } from './manifest-bytes.js';
import { ManifestMemo } from './manifest-memo.js';
import { manifestRuns, versionOf } from './manifest-runs.js';
import { qrCodesFor } from './qr-codes.js';

export const mediaUrl = (sha256: string) => `/media/${sha256}`;

/** Whether an entry's target names this screen: all screens, the screen itself or one of its groups. */
export function targetsScreen(
  entry: ScheduleEntry,
  screen: Pick<Screen, 'id' | 'groupIds'>,
): boolean {
  const { target } = entry;
  return (
    target.all ||
    target.screenIds.includes(screen.id) ||
    target.groupIds.some((groupId) => screen.groupIds.includes(groupId))
  );
}

/** The screen's own default playlist, else its first group's that has one, else the agency's. */
export function defaultPlaylistOf(screen: Screen, content: ContentSnapshot): string | null {
  if (screen.defaultPlaylistId) return screen.defaultPlaylistId;
  for (const groupId of screen.groupIds) {
    const group = content.groups.find((g) => g.id === groupId);
    if (group?.defaultPlaylistId) return group.defaultPlaylistId;
  }
  return content.settings.defaultPlaylistId;
}

/**
 * The manifest of one screen: only what its schedule and default playlist can show. Lists keep
 * the store's insertion order (media by hash), so the version is stable across restarts.
 */
export function buildManifest(screen: Screen, content: ContentSnapshot, revision = 0): Manifest {
  const memo = new ManifestMemo(content);
  const body = manifestBody(screen, memo);
  return { ...body, version: versionOf(manifestRuns(body, memo)), revision };
}

/**
 * A manifest as served: its version, and its canonical JSON as UTF-8 with the version and the
 * revision (given once the version is known) first, in segments (see manifest-bytes.ts).
 */
export interface EncodedManifest {
  version: string;
  segments(revision: number): ManifestSegment[];
  /** Slide id → the longest one showing of it may last, in ms (see slide-play-limits.ts). */
  playLimits: Record<string, number>;
}

const encoder = new TextEncoder();

/**
 * `buildManifest` written straight to bytes, serialized once for both the version and the body.
 * Pass one `memo` to all the screens of a refresh: what they share is then built, written,
 * hashed and compressed once.
 */
export function encodeManifest(screen: Screen, memo: ManifestMemo): EncodedManifest {
  const manifest = manifestBody(screen, memo);
  const runs = manifestRuns(manifest, memo);
  const version = versionOf(runs);
  const segments = (revision: number): ManifestSegment[] => [
    encoder.encode(`{"version":${JSON.stringify(version)},"revision":${revision},`),
    ...runs,
  ];
  const playLimits = memo.shared(`limits:${manifest.playlists.map((p) => p.id)}`, () =>
    slidePlayLimits(manifest),
  );
  return { version, segments, playLimits };
}

function manifestBody(screen: Screen, memo: ManifestMemo): Omit<Manifest, 'version' | 'revision'> {
  const { content } = memo;
  const defaultPlaylistId = defaultPlaylistOf(screen, content);
  const targeting = content.schedule.filter((entry) => targetsScreen(entry, screen));
  const schedule = memo.shared(`schedule:${targeting.map((e) => e.id)}`, () => targeting);
  const playlistIds = [
    ...new Set(
      [
        defaultPlaylistId,
        ...schedule.map((e) => e.playlistId),
        // Every zone loops offline: the screen's zones and those of entries with their own layout.
        ...zonePlaylistIds([screen.zones, ...schedule.map((e) => e.zones)]),
      ].filter((id) => id !== null),
    ),
  ].sort();
  const { playlists, slides, procedures, media, qrCodes } = memo.shared(
    `playlists:${playlistIds}`,
    () => playedContent(new Set(playlistIds), content),
  );
  const { settings } = content;
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    screen: {
      id: screen.id,
      name: screen.name,
      groupIds: screen.groupIds,
      orientation: screen.orientation,
      layout: screen.layout,
      timeZone: screen.timeZone,
      defaultPlaylistId,
      holidays: memo.shared('holidays', () => content.holidays.map((holiday) => holiday.date)),
      zones: screen.zones,
      speakCalls: screen.speakCalls,
    },
    agency: {
      agencyName: settings.agencyName,
      agencySubtitle: settings.agencySubtitle,
      logoSha256: settings.logoSha256,
      tickerText: settings.tickerText,
      readingCharsPerSecond: settings.readingCharsPerSecond,
      // What this screen plays with: its own setting, else the agency's.
      tickerCharsPerSecond: screen.tickerCharsPerSecond ?? settings.tickerCharsPerSecond,
      crossfade: screen.crossfade ?? settings.crossfade,
    },
    schedule,
    playlists,
    slides,
    procedures,
    hotlines: content.hotlines,
    media,
    qrCodes,
  };
}

/** What a screen playing these playlists needs of the content: their slides, lists and files. */
function playedContent(playlistIds: ReadonlySet<string>, content: ContentSnapshot) {
  const playlists = content.playlists.filter((p) => playlistIds.has(p.id));
  const slideIds = new Set(playlists.flatMap((p) => p.items.map((item) => item.slideId)));
  const slides = content.slides.filter((s) => slideIds.has(s.id));

  const procedureSlides = slides.filter((s) => s.kind === 'procedures');
  const everyField = procedureSlides.some((s) => s.field === null);
  const fields = new Set(procedureSlides.map((s) => s.field));
  const procedures = content.procedures.filter((p) => everyField || fields.has(p.field));

  const { settings } = content;
  const wanted = new Set(slides.flatMap(slideMedia));
  if (settings.logoSha256) wanted.add(settings.logoSha256);
  const media: MediaRef[] = content.media
    .filter((m) => wanted.has(m.sha256))
    .sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1))
    .map((m) => ({ sha256: m.sha256, type: m.type, bytes: m.bytes, url: mediaUrl(m.sha256) }));
  return { playlists, slides, procedures, media, qrCodes: qrCodesFor(slides) };
}
