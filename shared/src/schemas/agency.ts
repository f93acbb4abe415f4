import { z } from '#zod';
import { requiredTextSchema, Sha256Schema, textSchema } from './common.js';

// Apart from the settings (settings.ts): screens parse this part, never the admin-only rest.

/** Speed of the ticker and of scrolling strip text, in characters per second. */
export const TickerCharsPerSecondSchema = z.number().check(z.gte(1), z.lte(10));

/** What screens show of the agency: names and numbers are configuration, never code. */
export const AgencySchema = z.object({
  agencyName: requiredTextSchema(200),
  agencySubtitle: z._default(textSchema(200), ''),
  logoSha256: z._default(z.nullable(Sha256Schema), null),
  tickerText: z._default(textSchema(1000), ''),
  /** Reading speed of body text, in characters per second: how long each page stays up. */
  readingCharsPerSecond: z._default(z.number().check(z.gte(4), z.lte(40)), 12),
  /** Speed of the ticker and of scrolling strip text, in characters per second. */
  tickerCharsPerSecond: z._default(TickerCharsPerSecondSchema, 3.5),
  /** A short crossfade between slides and pages; off for a hard cut. */
  crossfade: z._default(z.boolean(), true),
});
export type Agency = z.infer<typeof AgencySchema>;
