// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { z } from 'zod';
import { InstantSchema } from './common.js';

export const TimelineStateSchema = z.enum(['playing', 'off', 'idle']);
export const TimelineReasonSchema = z.enum(['interrupt', 'scheduled', 'off', 'default', 'none']);

/** One stretch of a screen's timeline: who plays, from when to when, and why. */
export const ScreenTimelineSegmentSchema = z.object({
  from: InstantSchema,
  to: InstantSchema,
  state: TimelineStateSchema,
  playlistId: z.string().nullable(),
  playlistName: z.string().nullable(),
  entryId: z.string().nullable(),
  entryName: z.string().nullable(),
  reason: TimelineReasonSchema,
  overlappingEntryIds: z
    .array(z.string())
    .describe('Entries that would play somewhere within the segment but lose to its winner'),
});
export type ScreenTimelineSegment = z.infer<typeof ScreenTimelineSegmentSchema>;

export const ScreenTimelineSchema = z.object({ items: z.array(ScreenTimelineSegmentSchema) });
