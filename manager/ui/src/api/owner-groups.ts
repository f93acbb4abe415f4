import { api } from './api-client.js';
import { myGroupIds } from './signed-in-user.js';

export interface GroupName {
  id: string;
  name: string;
}

let groups: Promise<GroupName[]> | null = null;

/** The screen groups the user sees (a scoped user: their own), loaded once per page load. */
export function visibleGroups(): Promise<GroupName[]> {
  groups ??= api.get<{ items: GroupName[] }>('/api/groups').then(
    (body) => body.items,
    () => [],
  );
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
