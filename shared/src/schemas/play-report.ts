// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { z } from 'zod';
import { ReportPeriodOutSchema } from './monitoring.js';

export const REPORT_ITEMS = ['slide', 'playlist', 'tag'] as const;
export const REPORT_SCOPES = ['all', 'screen', 'group'] as const;

const RefSchema = z.object({ id: z.string().nullable(), name: z.string() });

const FiguresSchema = z.object({
  plays: z.number().int(),
  durationMs: z.number().int(),
  screensReached: z.number().int(),
});
export type Figures = z.infer<typeof FiguresSchema>;

/** `GET /api/reports/plays`: plays per item (and per screen or group) over a period. */
export const PlayReportSchema = z.object({
  period: ReportPeriodOutSchema,
  by: z.enum(REPORT_ITEMS),
  per: z.enum(REPORT_SCOPES),
  rows: z.array(
    FiguresSchema.extend({
      /** The screen or group (id null: screens in no group); for `per=all`, `{id:null, name:'Tất cả màn hình'}`. */
      scope: RefSchema,
      /** The slide, playlist (id null: played outside a playlist) or tag (id null: untagged). */
      item: RefSchema.extend({ tags: z.array(z.string()).optional() }),
    }),
  ),
  totals: FiguresSchema,
});
export type PlayReport = z.infer<typeof PlayReportSchema>;

const PointSchema = z.object({
  /** The bucket's first day, YYYY-MM-DD. */
  start: z.string(),
  /** Short Vietnamese axis label: `05/03` for a day, `03/2024` for a month. */
  label: z.string(),
  plays: z.number().int(),
  durationMs: z.number().int(),
  screensReached: z.number().int(),
});

/** `GET /api/reports/plays/series`: plays over time, a point for every day or month. */
export const PlaySeriesSchema = z.object({
  period: ReportPeriodOutSchema,
  bucket: z.enum(['day', 'month']),
  points: z.array(PointSchema),
});
export type PlaySeries = z.infer<typeof PlaySeriesSchema>;
