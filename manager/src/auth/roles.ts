import type { Role } from '../store/roles.js';

// The names are stored with each user, so they are declared with the store.
export { ROLES, type Role } from '../store/roles.js';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, approver: 2, admin: 3 };

/** Whether `role` includes `required`. */
export const hasRole = (role: Role, required: Role): boolean => RANK[role] >= RANK[required];

/** Whether a user of this role publishes their own writes without a review. */
export const canPublish = (role: Role): boolean => hasRole(role, 'approver');
