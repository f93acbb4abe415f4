import type { ReviewedResource } from '@bangtin/shared';
import { reviewFields, type Screen } from '@bangtin/shared';
import { z } from 'zod';
import { type FieldIssue, forbidden } from '../../../errors.js';
import type { OwnedTable } from '../../../store/content-owners.js';
import type { ContentSnapshot } from '../../../store/load-content.js';
import type { Reviewed, ReviewedRepository } from '../../../store/reviewed-resource.js';
import type { User } from '../../../store/users.js';
import { OwnerFieldSchema } from './ownership-guard.js';
import type { Referrer } from './references.js';

/** A resource whose changes wait for an approver: slides, playlists, schedule entries. */
export interface ReviewedSpec<S extends z.ZodType, Item extends z.output<S> & { id: string }> {
  /** Path segment and audit resource name: `slides`. */
  resource: ReviewedResource;
  /** For messages: `Slide`. */
  noun: string;
  input: S;
  item: z.ZodType;
  repository: ReviewedRepository<z.output<S>, Item>;
  /** What the approval queue calls an item. */
  label(item: Item): string;
  /** Unknown ids the input names, as field issues. */
  check(input: z.output<S>, content: ContentSnapshot): FieldIssue[];
  /** What still names the item; deleting it is refused while there is any. */
  referrers(id: string, content: ContentSnapshot): Referrer[];
  /** Whether the user may see this version (screen groups); defaults to yes. */
  visible?(user: User, item: z.output<S>, screens: readonly Screen[]): boolean;
  /** Whether the user may write this version (screen groups); defaults to yes. */
  writable?(user: User, item: z.output<S>, screens: readonly Screen[]): boolean;
  /** Content a screen group can own: scoped users read and change by owner (see content-ownership). */
  owned?: OwnedTable;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of specs of different resources
export type AnyReviewedSpec = ReviewedSpec<any, { id: string }>;

/** The item's draft fields, its status, revision and owner, and the version screens show. */
export const reviewedItemSchema = (item: z.ZodType, owned = false) =>
  z.intersection(
    item,
    z.object({
      ...reviewFields(item),
      ...(owned ? OwnerFieldSchema.shape : {}),
    }),
  );

/** Both versions of an item must pass: what it is now, and what screens show of it. */
export function everyVersion<Item>(
  item: Reviewed<Item>,
  test: (version: Item) => boolean,
): boolean {
  return test(item) && (item.published === null || test(item.published));
}

/** Either version visible makes the item visible. */
export function someVersion<Item>(item: Reviewed<Item>, test: (version: Item) => boolean) {
  return test(item) || (item.published !== null && test(item.published));
}

export const outsideGroups = () =>
  forbidden('That reaches screens outside your groups', { reason: 'screen_groups' });
