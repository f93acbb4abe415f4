// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { z } from 'zod';
import { REVIEWED_RESOURCES, ReviewSchema } from './review.js';

const PersonSchema = z.object({ id: z.string(), login: z.string(), name: z.string() });

/** One draft in the approval queue: its published version beside the proposed one. */
export const ApprovalSchema = z.object({
  resource: z.enum(REVIEWED_RESOURCES),
  id: z.string(),
  label: z.string(),
  status: z.enum(['pending', 'draft']),
  revision: z.int().describe('The revision shown: approve and return name it'),
  ownerGroupId: z.string().nullable().describe('The owning screen group; null: shared'),
  before: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('The published version; null for something never published'),
  after: z
    .record(z.string(), z.unknown())
    .describe('The draft of this revision, exactly as it would be published'),
  changedFields: z.array(z.string()).describe('Top-level fields that differ'),
  review: ReviewSchema,
  submittedBy: PersonSchema.nullable(),
  urgent: z
    .boolean()
    .describe('Part of an urgent notice (its interrupt entry, playlist or slide): listed first'),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const ApprovalListSchema = z.object({ items: z.array(ApprovalSchema) });
