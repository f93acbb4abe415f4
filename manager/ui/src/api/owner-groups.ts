import { type ScreenGroup, ScreenGroupSchema } from '@bangtin/shared';
import { listItems } from './api-client.js';
import { myGroupIds } from './signed-in-user.js';

let groups: Promise<ScreenGroup[]> | null = null;

/** The screen groups the user sees (a scoped user: their own), loaded once per page load. */
export function visibleGroups(): Promise<ScreenGroup[]> {
  groups ??= listItems('groups', ScreenGroupSchema).catch(() => []);
  return groups;
}

/**
 * Who may own what the user creates: their groups, or for a user without groups every group
 * and `null`, content shared by the whole organisation.
 */
export async function ownerChoices(): Promise<(string | null)[]> {
  const ids = (await visibleGroups()).map((g) => g.id);
  return myGroupIds().length > 0 ? ids.filter((id) => myGroupIds().includes(id)) : [null, ...ids];
}
