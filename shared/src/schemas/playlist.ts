import { z } from '#zod';
import { IdSchema, requiredTextSchema } from './common.js';

export const PlaylistItemSchema = z.object({
  slideId: IdSchema,
  /** Seconds on screen; a procedures slide instead lasts as long as its pages take. */
  durationSeconds: z._default(z.int().check(z.gte(1), z.lte(3600)), 10),
});
export type PlaylistItem = z.infer<typeof PlaylistItemSchema>;

const playlistFields = {
  name: requiredTextSchema(200),
  items: z._default(z.array(PlaylistItemSchema).check(z.maxLength(500)), []),
};

export const PlaylistInputSchema = z.object(playlistFields);
export type PlaylistInput = z.input<typeof PlaylistInputSchema>;

export const PlaylistSchema = z.object({ ...playlistFields, id: IdSchema });
export type Playlist = z.infer<typeof PlaylistSchema>;
