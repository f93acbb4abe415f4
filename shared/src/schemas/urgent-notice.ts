import { z } from '#zod';
import { InstantSchema, requiredTextSchema, Sha256Schema, textSchema } from './common.js';
import { TargetSchema } from './schedule.js';

/** How long an urgent notice plays when the sender names neither a duration nor an end. */
export const DEFAULT_URGENT_MINUTES = 30;
/** A notice longer than a week is a schedule, not an urgent notice. */
export const MAX_URGENT_MINUTES = 7 * 24 * 60;

/**
 * An urgent notice as sent in one step: the text (and a picture from the media library), the
 * screens, and how long it lasts; it starts at once and preempts everything.
 */
export const UrgentNoticeInputSchema = z
  .object({
    text: requiredTextSchema(200),
    details: z._default(textSchema(2000), ''),
    imageSha256: z._default(z.nullable(Sha256Schema), null),
    target: TargetSchema,
    durationMinutes: z.optional(z.int().check(z.gte(1), z.lte(MAX_URGENT_MINUTES))),
    endsAt: z.optional(InstantSchema),
  })
  .check(
    z.superRefine((notice, ctx) => {
      const { all, screenIds, groupIds } = notice.target;
      if (!all && screenIds.length === 0 && groupIds.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['target'], message: 'choose screens or groups' });
      }
      if (notice.durationMinutes !== undefined && notice.endsAt !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['endsAt'],
          message: 'give a duration or an end time, not both',
        });
      }
    }),
  );
export type UrgentNoticeInput = z.input<typeof UrgentNoticeInputSchema>;

/** What sending an urgent notice made: the entry (its id withdraws it), playlist and slide. */
export const UrgentNoticeSchema = z.object({
  id: z.string(),
  slideId: z.string(),
  playlistId: z.string(),
  status: z.enum(['published', 'pending']),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
});
export type UrgentNotice = z.infer<typeof UrgentNoticeSchema>;
