import { z } from '#zod';
import { InstantSchema, requiredTextSchema } from './common.js';

/** No source is read more often than this: a report page is not a live feed. */
export const MIN_REFRESH_MINUTES = 5;

/**
 * Where a figures slide's numbers come from. Any http(s) address, a bare host name or a LAN
 * address included: a service center's report server usually lives on its own network, and only
 * an admin may set a source (see the README on what that means for request forgery).
 */
export const FigureSourceUrlSchema = z
  .url({ protocol: /^https?$/, hostname: /^[^\s]+$/ })
  .check(z.maxLength(2000));

/** `data.onTime`, `items.0.value`: object keys and array indexes, separated by dots. */
export const JsonPathSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(200),
    z.regex(/^[^.\s]+(\.[^.\s]+)*$/, 'expected keys separated by dots, as in data.onTime'),
  );

/** A cell of a CSV with a header row: the column by its header, the row by number or the last. */
export const CsvCellSchema = z.object({
  column: requiredTextSchema(120),
  /** 1 is the first row under the header; `last` follows a file that grows a row a day. */
  row: z.union([z.literal('last'), z.int().check(z.gte(1), z.lte(100_000))]),
});
export type CsvCell = z.infer<typeof CsvCellSchema>;

const common = {
  url: FigureSourceUrlSchema,
  refreshMinutes: z._default(z.int().check(z.gte(MIN_REFRESH_MINUTES), z.lte(1440)), 15),
  /** How numbers written as text separate decimals: `,` reads 1.234,5 and `.` reads 1,234.5. */
  decimalSeparator: z._default(z.enum([',', '.']), ','),
};

/**
 * A figures slide's source: one entry per figure, in the slide's order; null keeps the figure's
 * hand-entered value.
 */
export const FigureSourceInputSchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('json'),
    ...common,
    fields: z.array(z.nullable(JsonPathSchema)).check(z.minLength(1), z.maxLength(6)),
  }),
  z.object({
    format: z.literal('csv'),
    ...common,
    fields: z.array(z.nullable(CsvCellSchema)).check(z.minLength(1), z.maxLength(6)),
  }),
]);
export type FigureSourceInput = z.input<typeof FigureSourceInputSchema>;
export type FigureSource = z.infer<typeof FigureSourceInputSchema>;

/** A source with what its reads gave: the last good values and the last failure, if any. */
export const FigureFeedSchema = z.object({
  slideId: z.string(),
  source: FigureSourceInputSchema,
  /** The last good read's values by figure (null: not read from the source). */
  values: z.nullable(z.array(z.nullable(z.number()))),
  /** When the last good read was made. */
  fetchedAt: z.nullable(InstantSchema),
  /** When the source was last tried, good or not. */
  attemptedAt: z.nullable(InstantSchema),
  /** Why the last try failed; null after a good one. */
  error: z.nullable(z.string()),
});
export type FigureFeed = z.infer<typeof FigureFeedSchema>;
