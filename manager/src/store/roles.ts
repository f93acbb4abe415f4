/**
 * The roles, weakest first; each includes everything the ones before it may do. `viewer` reads,
 * `editor` writes drafts and submits them, `approver` publishes (its own writes publish directly),
 * `admin` also manages users, screens, groups and settings.
 */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];
