// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { type core, z } from 'zod';
import { HotlineSchema } from './hotline.js';
import { MediaSchema } from './media.js';
import { PlaylistSchema } from './playlist.js';
import { ProcedureSchema } from './procedure.js';
import { OwnerFieldSchema, reviewedSchema } from './review.js';
import { ScheduleEntrySchema } from './schedule.js';
import { SlideSchema } from './slide.js';

/** Content a screen group can own, as the API answers it: the item and its owner. */
export const ownedSchema = <Item extends core.SomeType>(item: Item) =>
  z.intersection(item, OwnerFieldSchema.partial());

/** The content the admin app lists and edits, as the manager answers it. */
export const StoredSlideSchema = reviewedSchema(SlideSchema);
export type StoredSlide = z.infer<typeof StoredSlideSchema>;
export const StoredPlaylistSchema = reviewedSchema(PlaylistSchema);
export type StoredPlaylist = z.infer<typeof StoredPlaylistSchema>;
export const StoredScheduleEntrySchema = reviewedSchema(ScheduleEntrySchema);
export type StoredScheduleEntry = z.infer<typeof StoredScheduleEntrySchema>;
export const StoredProcedureSchema = ownedSchema(ProcedureSchema);
export type StoredProcedure = z.infer<typeof StoredProcedureSchema>;
export const StoredHotlineSchema = ownedSchema(HotlineSchema);
export type StoredHotline = z.infer<typeof StoredHotlineSchema>;
export const StoredMediaSchema = ownedSchema(MediaSchema);
export type StoredMedia = z.infer<typeof StoredMediaSchema>;
