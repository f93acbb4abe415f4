import { z } from '#zod';
import { AgencySchema } from './agency.js';
import { IdSchema, LocalDateSchema } from './common.js';
import { HotlineSchema } from './hotline.js';
import { MediaRefSchema } from './media.js';
import { PlaylistSchema } from './playlist.js';
import { ProcedureSchema } from './procedure.js';
import { QrCodeSchema } from './qr-code.js';
import { ScheduleEntrySchema } from './schedule.js';
import { LAYOUTS, ORIENTATIONS } from './screen-layout.js';
import { SlideSchema } from './slide.js';
import { ZonesSchema } from './zone.js';

export const MANIFEST_SCHEMA_VERSION = 1;

/** Everything one screen needs to play on its own for the coming days. */
export const ManifestSchema = z.object({
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  /** A hash of the rest of the manifest; served as the ETag. */
  version: z.string().check(z.minLength(1)),
  /** Only grows per screen: a player refuses a manifest older than the one it plays (0: none). */
  revision: z._default(z.int().check(z.gte(0)), 0),
  screen: z.object({
    id: IdSchema,
    name: z.string(),
    groupIds: z.array(IdSchema),
    orientation: z.enum(ORIENTATIONS),
    layout: z.enum(LAYOUTS),
    timeZone: z.string(),
    /** The screen's, else its first group's, else the agency's default playlist. */
    defaultPlaylistId: z.nullable(IdSchema),
    /** The organisation's holidays, local dates ascending: entries skip or keep them offline. */
    holidays: z._default(z.array(LocalDateSchema), []),
    /** The content of the screen's zones (a schedule entry with its own layout replaces them). */
    zones: z._default(ZonesSchema, {}),
    speakCalls: z._default(z.boolean(), false),
  }),
  agency: AgencySchema,
  schedule: z.array(ScheduleEntrySchema),
  /** The schedule's, the default and every zone's playlists. */
  playlists: z.array(PlaylistSchema),
  slides: z.array(SlideSchema),
  procedures: z.array(ProcedureSchema),
  hotlines: z.array(HotlineSchema),
  media: z.array(MediaRefSchema),
  /** The QR code of each QR slide's URL, by URL; missing when it does not fit in a QR code. */
  qrCodes: z._default(z.record(z.string(), QrCodeSchema), {}),
});
export type Manifest = z.infer<typeof ManifestSchema>;
