// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { z } from 'zod';
import { IdSchema, textSchema } from './common.js';

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

/** A password an admin sets or a user chooses. */
export const PasswordSchema = z.string().min(8, 'use at least 8 characters').max(200);

const accountFields = {
  name: z._default(textSchema(200), ''),
  role: z.enum(ROLES),
  groupIds: z
    .array(IdSchema)
    .max(50)
    .default([])
    .describe('Screen groups the user works on; empty means every group'),
  disabled: z.boolean().default(false),
};

/** `POST /api/users`: a new account with its initial password. */
export const AccountCreateSchema = z.object({
  login: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{2,64}$/, 'letters, digits, dot, dash or underscore (2–64)'),
  ...accountFields,
  password: PasswordSchema.describe('Initial password; the user must change it at first sign-in'),
});
export type AccountCreate = z.input<typeof AccountCreateSchema>;

/** `PUT /api/users/{id}`: role, groups and state (the login never changes). */
export const AccountUpdateSchema = z.object({
  ...accountFields,
  password: PasswordSchema.optional().describe(
    'A new password the user must change at the next sign-in; omit to keep the current one',
  ),
});
export type AccountUpdate = z.input<typeof AccountUpdateSchema>;
