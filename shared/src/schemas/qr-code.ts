import { z } from '#zod';

const MIN_SIZE = 21;
const MAX_SIZE = 177;
// The longest command is `M176 176h1v1h-1z`: a bound no real code reaches (every module dark).
const MAX_PATH_LENGTH = MAX_SIZE * MAX_SIZE * 'M176 176h1v1h-1z'.length;

/** A QR code the manager encoded, for the player to draw as is: its size and its dark modules. */
export const QrCodeSchema = z.object({
  /** Modules per side, without the quiet zone (versions 1 to 40). */
  size: z.int().check(z.gte(MIN_SIZE), z.lte(MAX_SIZE)),
  /** An SVG path drawing every dark module as a 1×1 square, and nothing else. */
  path: z
    .string()
    .check(
      z.maxLength(MAX_PATH_LENGTH),
      z.regex(/^(?:M\d{1,3} \d{1,3}h1v1h-1z)+$/, 'expected only 1×1 module squares'),
    ),
});
export type QrCode = z.infer<typeof QrCodeSchema>;
