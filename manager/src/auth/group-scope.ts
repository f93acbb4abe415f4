import type { Screen, Target } from '@bangtin/shared';
import type { User } from '../store/users.js';

/**
 * Object-level rules for users tied to screen groups (an office's editor). A user without
 * groups works on every screen; one with groups sees only the screens in them, and may aim
 * schedule entries only at those groups and screens, never at every screen.
 */
type Scoped = Pick<User, 'groupIds'>;

export const isUnrestricted = (user: Scoped) => user.groupIds.length === 0;

export const canSeeGroup = (user: Scoped, groupId: string) =>
  isUnrestricted(user) || user.groupIds.includes(groupId);

export const canSeeScreen = (user: Scoped, screen: Pick<Screen, 'groupIds'>) =>
  isUnrestricted(user) || screen.groupIds.some((groupId) => user.groupIds.includes(groupId));

/** An entry is visible when it reaches one of the user's screens (one for all screens does). */
export function canSeeTarget(user: Scoped, target: Target, screens: readonly Screen[]): boolean {
  if (isUnrestricted(user) || target.all) return true;
  return (
    target.groupIds.some((groupId) => canSeeGroup(user, groupId)) ||
    screens.some((s) => target.screenIds.includes(s.id) && canSeeScreen(user, s))
  );
}

/** Whether the user may aim an entry at this target: only their own groups and screens. */
export function canTarget(user: Scoped, target: Target, screens: readonly Screen[]): boolean {
  if (isUnrestricted(user)) return true;
  if (target.all || (target.groupIds.length === 0 && target.screenIds.length === 0)) return false;
  return (
    target.groupIds.every((groupId) => canSeeGroup(user, groupId)) &&
    target.screenIds.every((id) => {
      const screen = screens.find((s) => s.id === id);
      return screen !== undefined && canSeeScreen(user, screen);
    })
  );
}
