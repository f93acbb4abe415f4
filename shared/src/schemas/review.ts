// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { type core, z } from 'zod';

/** Where a slide, playlist or schedule entry stands: editing, waiting for review, or live. */
export const REVIEW_STATUSES = ['draft', 'pending', 'published'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** The resources whose changes wait for an approver, by their path segment. */
export const REVIEWED_RESOURCES = ['slides', 'playlists', 'schedules'] as const;
export type ReviewedResource = (typeof REVIEWED_RESOURCES)[number];

export const ReviewSchema = z.object({
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  comment: z.string().nullable().describe('Why an approver returned the draft'),
});
export type Review = z.infer<typeof ReviewSchema>;

/** The approval fields every slide, playlist and schedule entry carries beside its draft. */
// `core.SomeType`: the player's build gives these schemas as zod/mini ones (see tsconfig.zod-mini).
export const reviewFields = <Item extends core.SomeType>(item: Item) => ({
  status: ReviewStatusSchema,
  revision: z.int().describe('Grows with every change of the draft; approve and return name it'),
  published: z.nullable(item).describe('What screens show; null until first approved'),
  review: ReviewSchema,
});

/** The owner field of content a screen group can own (procedures, hotlines, media, …). */
export const OwnerFieldSchema = z.object({
  ownerGroupId: z.string().nullable().describe('The owning screen group; null: shared'),
});

/** A reviewed item as the admin app reads it: its draft, the review fields, maybe an owner. */
export const reviewedSchema = <Item extends core.SomeType>(item: Item) =>
  z.intersection(
    item,
    z.object({
      ...reviewFields(item),
      ownerGroupId: OwnerFieldSchema.shape.ownerGroupId.optional(),
    }),
  );

/** The review fields alone, for code that handles any reviewed resource. */
export const ReviewedSchema = z.object(reviewFields(z.unknown()));
export type Reviewed = z.infer<typeof ReviewedSchema>;
