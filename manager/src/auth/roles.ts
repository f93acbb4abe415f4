import { ROLES, type Role } from '@bangtin/shared';

/**
 * The roles, weakest first; each includes everything the ones before it may do. `viewer` reads,
 * `editor` writes drafts and submits them, `approver` publishes (its own writes publish directly),
 * `admin` also manages users, screens, groups and settings.
 */
export { ROLES, type Role };

const RANK: Record<Role, number> = { viewer: 0, editor: 1, approver: 2, admin: 3 };

/** Whether `role` includes `required`. */
export const hasRole = (role: Role, required: Role): boolean => RANK[role] >= RANK[required];

/** Whether a user of this role publishes their own writes without a review. */
export const canPublish = (role: Role): boolean => hasRole(role, 'approver');
