import { z } from '#zod';
import { TickerCharsPerSecondSchema } from './agency.js';
import { IdSchema, InstantSchema, requiredTextSchema, textSchema } from './common.js';
import { LAYOUTS, ORIENTATIONS } from './screen-layout.js';
import { ZonesSchema } from './zone.js';

/** An IANA zone this runtime knows (checked where screens are edited; manifests carry it as text). */
export const TimeZoneSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.refine(isTimeZone, 'unknown IANA time zone'));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const defaultPlaylistId = z._default(z.nullable(IdSchema), null);

const screenGroupFields = { name: requiredTextSchema(200), defaultPlaylistId };

export const ScreenGroupInputSchema = z.object(screenGroupFields);
export type ScreenGroupInput = z.input<typeof ScreenGroupInputSchema>;
export const ScreenGroupSchema = z.object({ ...screenGroupFields, id: IdSchema });
export type ScreenGroup = z.infer<typeof ScreenGroupSchema>;

const screenFields = {
  name: requiredTextSchema(200),
  location: z._default(textSchema(300), ''),
  groupIds: z._default(z.array(IdSchema).check(z.maxLength(50)), []),
  orientation: z._default(z.enum(ORIENTATIONS), 'landscape'),
  layout: z._default(z.enum(LAYOUTS), 'full'),
  timeZone: z._default(TimeZoneSchema, 'Asia/Ho_Chi_Minh'),
  defaultPlaylistId,
  /** This screen's ticker speed in characters per second; null follows the agency setting. */
  tickerCharsPerSecond: z._default(z.nullable(TickerCharsPerSecondSchema), null),
  /** Crossfade on this screen; null follows the agency setting. */
  crossfade: z._default(z.nullable(z.boolean()), null),
  /** The content of the template's zones besides the main one. */
  zones: z._default(ZonesSchema, {}),
  /** Queue calls are also spoken (where the device has a Vietnamese voice). */
  speakCalls: z._default(z.boolean(), false),
};

export const ScreenInputSchema = z.object(screenFields);
export type ScreenInput = z.input<typeof ScreenInputSchema>;

export const ScreenSchema = z.object({
  ...screenFields,
  id: IdSchema,
  paired: z.boolean(),
  lastSeenAt: z.nullable(InstantSchema),
  manifestVersion: z.nullable(z.string()),
});
export type Screen = z.infer<typeof ScreenSchema>;

/** `POST /api/screens/{id}/kiosk-link`: the player URL carrying a new device token. */
export const KioskLinkSchema = z.object({ url: z.string() });
