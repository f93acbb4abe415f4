import { z } from 'zod';
import { IdSchema, requiredTextSchema } from './common.js';

export const PlaylistItemSchema = z.object({
  slideId: IdSchema,
  /** Seconds on screen; a procedures slide instead lasts as long as its pages take. */
  durationSeconds: z.number().int().min(1).max(3600).default(10),
});
export type PlaylistItem = z.infer<typeof PlaylistItemSchema>;

export const PlaylistInputSchema = z.object({
  name: requiredTextSchema(200),
  items: z.array(PlaylistItemSchema).max(500).default([]),
});
export type PlaylistInput = z.input<typeof PlaylistInputSchema>;

export const PlaylistSchema = PlaylistInputSchema.extend({ id: IdSchema });
export type Playlist = z.infer<typeof PlaylistSchema>;
