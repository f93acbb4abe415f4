import type { Screen } from '@bangtin/shared';
import type { z } from 'zod';
import type { Db } from '../../../store/open-store.js';
import type { Reviewed } from '../../../store/reviewed-resource.js';
import { screensRepository } from '../../../store/screens.js';
import type { User } from '../../../store/users.js';
import type { WriteContext } from './editor-write.js';
import { type OwnershipGuard, ownershipGuard } from './ownership-guard.js';
import { everyVersion, outsideGroups, type ReviewedSpec, someVersion } from './reviewed-spec.js';

/** What one user may do with the items of one reviewed resource. */
export interface ReviewAccess<Input, Item> {
  /** Either version reaches the user's screens, and the user may read its owner's content. */
  canSee(item: Reviewed<Item>): boolean;
  /** Throws 403 unless both versions stay within the user's screens and the user may change it. */
  checkWrite(item: Reviewed<Item>, w: Pick<WriteContext, 'content' | 'drafts'>): void;
  /** Throws 403 unless the input stays within the user's screens. */
  checkWriteInput(input: Input): void;
  /** The item as the API answers it: with its owner, for content a group can own. */
  shown(item: Reviewed<Item>): Reviewed<Item>;
  guard: OwnershipGuard | undefined;
}

/** The access rules of one reviewed resource for one user (within a transaction for writes). */
export async function reviewAccess<S extends z.ZodType, Item extends z.output<S> & { id: string }>(
  spec: ReviewedSpec<S, Item>,
  user: User,
  db: Db,
): Promise<ReviewAccess<z.output<S>, Item>> {
  const screens: readonly Screen[] =
    spec.visible || spec.writable ? await screensRepository.list(db) : [];
  const guard = spec.owned ? await ownershipGuard(db, user, spec.owned) : undefined;
  const visible = (version: z.output<S>) => spec.visible?.(user, version, screens) ?? true;
  const writable = (version: z.output<S>) => spec.writable?.(user, version, screens) ?? true;
  return {
    canSee: (item) => someVersion(item, visible) && (guard?.canRead(item.id) ?? true),
    checkWrite(item, w) {
      if (!everyVersion(item, writable)) throw outsideGroups();
      guard?.checkChange(item.id, w);
    },
    checkWriteInput(input) {
      if (!writable(input)) throw outsideGroups();
    },
    shown: (item) => (guard ? { ...item, ownerGroupId: guard.ownerOf(item.id) } : item),
    guard,
  };
}
