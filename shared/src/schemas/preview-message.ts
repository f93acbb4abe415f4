import { z } from '#zod';
import { AgencySchema } from './agency.js';
import { HotlineSchema } from './hotline.js';
import { ProcedureSchema } from './procedure.js';
import { QrCodeSchema } from './qr-code.js';
import { QueueCallSchema } from './queue.js';
import { LAYOUTS, ORIENTATIONS } from './screen-layout.js';
import { ZonesSchema } from './zone.js';

/**
 * The messages between the admin app and the player's preview (`/?preview=1` in an iframe of the
 * same origin): the admin posts a slide, the player says when it listens and how it fitted it.
 */
export const PREVIEW_MESSAGE = 'bang-tin-preview';
export const PREVIEW_READY = 'bang-tin-preview-ready';
export const PREVIEW_FIT = 'bang-tin-preview-fit';

/** One slide to preview, posted by the admin on every change. */
export const PreviewMessageSchema = z.object({
  type: z.literal(PREVIEW_MESSAGE),
  /** The editor's draft: the player checks it with the manifest schema, as a screen would. */
  slide: z.unknown(),
  procedures: z.array(ProcedureSchema),
  hotlines: z.array(HotlineSchema),
  agency: z.nullable(AgencySchema),
  orientation: z.enum(ORIENTATIONS),
  layout: z.enum(LAYOUTS),
  /** The template's other zones (a playlist zone shows the slide too). */
  zones: z.optional(ZonesSchema),
  /**
   * Playlists the zones play, with their slides (a whole screen's preview); a playlist zone whose
   * playlist is not here shows the slide. The player checks them with the manifest schema.
   */
  playlists: z.optional(z.array(z.unknown())),
  slides: z.optional(z.array(z.unknown())),
  /** The slide's page to show first (what a screen reported); 0 when absent. */
  page: z.optional(z.int().check(z.gte(0))),
  /** Example calls for a queue zone. */
  queueCalls: z.optional(z.array(QueueCallSchema)),
  /** A playlist item's seconds, when the admin measures a playlist; 10 when absent. */
  durationSeconds: z.optional(z.number()),
  /** The slide's QR code by URL, encoded by the admin: the player carries no encoder. */
  qrCodes: z._default(z.record(z.string(), QrCodeSchema), {}),
});
/** What the admin posts (defaults of the agency settings may be left out). */
export type PreviewMessage = z.input<typeof PreviewMessageSchema>;

/** The player's preview listens: a message posted before this would be lost. */
export const PreviewReadySchema = z.object({ type: z.literal(PREVIEW_READY) });
export type PreviewReady = z.infer<typeof PreviewReadySchema>;

/** The player's answer once it shows a previewed slide: how its fit engine laid it out. */
export const PreviewFitSchema = z.object({
  type: z.literal(PREVIEW_FIT),
  slideId: z.string(),
  layout: z.enum(LAYOUTS),
  orientation: z.enum(ORIENTATIONS),
  /** Each page's time on screen; their sum is the slide's real duration. */
  pageMs: z.array(z.number()),
  durationMs: z.number(),
  /** Text went down to its floors (and the tightest arrangement). */
  atFloor: z.boolean(),
});
export type PreviewFit = z.infer<typeof PreviewFitSchema>;
