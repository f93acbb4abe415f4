// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { z } from 'zod';

/**
 * The roles, weakest first; each includes everything the ones before it may do. `viewer` reads,
 * `editor` writes drafts and submits them, `approver` publishes (its own writes publish directly),
 * `admin` also manages users, screens, groups and settings.
 */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** An account as the API shows it (never its password). */
export const AccountSchema = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  groupIds: z.array(z.string()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountListSchema = z.object({ items: z.array(AccountSchema) });

/** `GET /api/session` and a successful sign-in: who is signed in. */
export const SessionSchema = z.object({ user: AccountSchema });
export type Session = z.infer<typeof SessionSchema>;
