import type { Screen } from '@bangtin/shared';
import { forbidden } from '../errors.js';
import type { User } from '../store/users.js';
import { canSeeScreen, isUnrestricted } from './group-scope.js';

/**
 * Content belongs to a screen group or, with no owner, to the whole organisation. A user
 * without groups reads and changes everything their role allows; a user of some groups reads
 * shared content and their groups' content, and changes only what their groups own and what no
 * screen outside their groups shows.
 */
type Scoped = Pick<User, 'groupIds'>;

/** Why a scoped user may not change a piece of content. */
export type OwnershipRefusal = 'shared_content' | 'owner_group' | 'shown_outside_groups';

export const canReadOwned = (user: Scoped, owner: string | null) =>
  isUnrestricted(user) || owner === null || user.groupIds.includes(owner);

/** Undefined when the user may change the content; else the reason they may not. */
export function whyNotChange(
  user: Scoped,
  owner: string | null,
  showingScreens: ReadonlySet<string>,
  screens: readonly Screen[],
): OwnershipRefusal | undefined {
  if (isUnrestricted(user)) return undefined;
  if (owner === null) return 'shared_content';
  if (!user.groupIds.includes(owner)) return 'owner_group';
  const outside = screens.some((s) => showingScreens.has(s.id) && !canSeeScreen(user, s));
  return outside ? 'shown_outside_groups' : undefined;
}

const MESSAGES: Record<OwnershipRefusal, string> = {
  shared_content:
    'Shared content is changed only by an approver or admin without screen groups; copy it into your group instead',
  owner_group: 'Another screen group owns this',
  shown_outside_groups:
    'This is shown on screens outside your groups: only an approver or admin without screen groups may change it',
};

/** 403 naming the reason in `details.reason`. */
export const ownershipForbidden = (reason: OwnershipRefusal) =>
  forbidden(MESSAGES[reason], { reason });
