import { z } from 'zod';
import { IdSchema } from './common.js';
import { HotlineSchema } from './hotline.js';
import { MediaRefSchema } from './media.js';
import { PlaylistSchema } from './playlist.js';
import { ProcedureSchema } from './procedure.js';
import { ScheduleEntrySchema } from './schedule.js';
import { LAYOUTS, ORIENTATIONS } from './screen.js';
import { SettingsSchema } from './settings.js';
import { SlideSchema } from './slide.js';

export const MANIFEST_SCHEMA_VERSION = 1;

/** Everything one screen needs to play on its own for the coming days. */
export const ManifestSchema = z.object({
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  /** A hash of the rest of the manifest; served as the ETag. */
  version: z.string().min(1),
  screen: z.object({
    id: IdSchema,
    name: z.string(),
    groupIds: z.array(IdSchema),
    orientation: z.enum(ORIENTATIONS),
    layout: z.enum(LAYOUTS),
    timeZone: z.string(),
    /** The screen's, else its first group's, else the agency's default playlist. */
    defaultPlaylistId: IdSchema.nullable(),
  }),
  agency: SettingsSchema.pick({
    agencyName: true,
    agencySubtitle: true,
    logoSha256: true,
    tickerText: true,
  }),
  schedule: z.array(ScheduleEntrySchema),
  playlists: z.array(PlaylistSchema),
  slides: z.array(SlideSchema),
  procedures: z.array(ProcedureSchema),
  hotlines: z.array(HotlineSchema),
  media: z.array(MediaRefSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;
