import { z } from 'zod';
import {
  IdSchema,
  InstantSchema,
  requiredTextSchema,
  TimeZoneSchema,
  textSchema,
} from './common.js';

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
/** `full`: header, main zone and ticker; `strip`: one line of text for LED boards. */
export const LAYOUTS = ['full', 'strip'] as const;

export const ScreenGroupInputSchema = z.object({
  name: requiredTextSchema(200),
  defaultPlaylistId: IdSchema.nullable().default(null),
});
export type ScreenGroupInput = z.input<typeof ScreenGroupInputSchema>;
export const ScreenGroupSchema = ScreenGroupInputSchema.extend({ id: IdSchema });
export type ScreenGroup = z.infer<typeof ScreenGroupSchema>;

export const ScreenInputSchema = z.object({
  name: requiredTextSchema(200),
  location: textSchema(300).default(''),
  groupIds: z.array(IdSchema).max(50).default([]),
  orientation: z.enum(ORIENTATIONS).default('landscape'),
  layout: z.enum(LAYOUTS).default('full'),
  timeZone: TimeZoneSchema.default('Asia/Ho_Chi_Minh'),
  defaultPlaylistId: IdSchema.nullable().default(null),
});
export type ScreenInput = z.input<typeof ScreenInputSchema>;

export const ScreenSchema = ScreenInputSchema.extend({
  id: IdSchema,
  paired: z.boolean(),
  lastSeenAt: InstantSchema.nullable(),
  manifestVersion: z.string().nullable(),
});
export type Screen = z.infer<typeof ScreenSchema>;
