import type { Db } from '../store/open-store.js';
import { screensRepository } from '../store/screens.js';
import type { User } from '../store/users.js';
import { canSeeScreen, isUnrestricted } from './group-scope.js';

/**
 * The ids of the screens a user may see (monitoring, reports, commands, streams); undefined
 * for a user without groups, who sees every screen.
 */
export async function visibleScreenIds(db: Db, user: User): Promise<Set<string> | undefined> {
  if (isUnrestricted(user)) return undefined;
  const screens = await screensRepository.list(db);
  return new Set(screens.filter((s) => canSeeScreen(user, s)).map((s) => s.id));
}

/** Whether the set from `visibleScreenIds` admits the screen. */
export const admits = (visible: ReadonlySet<string> | undefined, screenId: string) =>
  visible === undefined || visible.has(screenId);
