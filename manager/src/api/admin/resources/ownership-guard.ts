import { IdSchema, type Screen } from '@bangtin/shared';
import { z } from 'zod';
import { canReadOwned, ownershipForbidden, whyNotChange } from '../../../auth/content-ownership.js';
import { screensShowing } from '../../../auth/content-reach.js';
import { isUnrestricted } from '../../../auth/group-scope.js';
import { invalidInput } from '../../../errors.js';
import { contentOwners, type OwnedTable } from '../../../store/content-owners.js';
import { groupsRepository } from '../../../store/groups.js';
import type { Db } from '../../../store/open-store.js';
import type { User } from '../../../store/users.js';
import type { WriteContext } from './editor-write.js';

/** The owner a create or replace may name; omitted on a replace: unchanged. */
export const OwnerInputSchema = z.object({
  ownerGroupId: IdSchema.nullable()
    .optional()
    .describe(
      'The screen group that owns it; null: shared by the whole organisation. Omitted: unchanged, or on a create the only group of a user with one.',
    ),
});

export { OwnerFieldSchema } from '@bangtin/shared';

/** What one user may do with the content of one owned table. */
export interface OwnershipGuard {
  ownerOf(id: string): string | null;
  canRead(id: string): boolean;
  /** Throws 403 unless the user may change the item as it stands and wherever it shows. */
  checkChange(id: string, w: Pick<WriteContext, 'content' | 'drafts'>): void;
  /** The owner to store, checked: the requested one, else the current one or a default. */
  ownerToStore(requested: string | null | undefined, current?: string | null): string | null;
  /** Stores the item's owner (and remembers it for this guard's answers). */
  setOwner(db: Db, id: string, owner: string | null): Promise<void>;
}

/** Loads the owners of one table for one user's checks (within a transaction for writes). */
export async function ownershipGuard(
  db: Db,
  user: User,
  table: OwnedTable,
): Promise<OwnershipGuard> {
  const owners = await contentOwners.list(db, table);
  const groups = await groupsRepository.list(db);
  const ownerOf = (id: string) => owners.get(id) ?? null;
  return {
    ownerOf,
    canRead: (id) => canReadOwned(user, ownerOf(id)),
    checkChange(id, w) {
      const screens: readonly Screen[] = w.content.screens;
      const showing = screensShowing(table, id, [w.content, w.drafts]);
      const reason = whyNotChange(user, ownerOf(id), showing, screens);
      if (reason) throw ownershipForbidden(reason);
    },
    ownerToStore(requested, current) {
      if (requested === undefined) {
        if (current !== undefined) return current;
        if (isUnrestricted(user)) return null;
        const [only, ...more] = user.groupIds;
        if (only !== undefined && more.length === 0) return only;
        throw invalidInput([{ path: 'ownerGroupId', message: 'choose the group that owns it' }]);
      }
      if (requested !== null && !groups.some((g) => g.id === requested)) {
        throw invalidInput([{ path: 'ownerGroupId', message: 'unknown group' }]);
      }
      if (isUnrestricted(user)) return requested;
      if (requested === null) throw ownershipForbidden('shared_content');
      if (!user.groupIds.includes(requested)) throw ownershipForbidden('owner_group');
      return requested;
    },
    async setOwner(db, id, owner) {
      await contentOwners.set(db, table, id, owner);
      owners.set(id, owner);
    },
  };
}

/** Splits a request body into the stored input and the requested owner. */
export function splitOwner<T>(body: T & { ownerGroupId?: string | null }): {
  input: T;
  requestedOwner: string | null | undefined;
} {
  const { ownerGroupId, ...input } = body;
  return { input: input as T, requestedOwner: ownerGroupId };
}
