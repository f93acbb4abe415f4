import { z } from 'zod';
import { IdSchema, requiredTextSchema, Sha256Schema, textSchema } from './common.js';

/** Agency-wide settings: names and numbers are configuration, never code. */
export const SettingsSchema = z.object({
  agencyName: requiredTextSchema(200),
  agencySubtitle: textSchema(200).default(''),
  logoSha256: Sha256Schema.nullable().default(null),
  tickerText: textSchema(1000).default(''),
  defaultPlaylistId: IdSchema.nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;
