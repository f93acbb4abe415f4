import { api } from './api-client.js';
import { ApiFailure } from './api-failure.js';

/** Account roles, weakest first; each may do everything the weaker ones may. */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as `GET /api/session` describes it. */
export interface SessionUser {
  login: string;
  role: Role;
  /** True until a generated or reset password has been replaced. */
  mustChangePassword: boolean;
  [key: string]: unknown;
}

function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}

/** Whether the user's role is at least `required`. */
export function hasRole(user: Pick<SessionUser, 'role'> | null, required: Role): boolean {
  return user !== null && ROLES.indexOf(user.role) >= ROLES.indexOf(required);
}

function userOf(body: unknown): SessionUser {
  const record = (body ?? {}) as Record<string, unknown>;
  const user = (record.user ?? record) as Record<string, unknown>;
  return {
    ...user,
    login: typeof user.login === 'string' ? user.login : '',
    // An older manager without roles let every signed-in user do everything.
    role: isRole(user.role) ? user.role : 'admin',
    mustChangePassword: user.mustChangePassword === true,
  };
}

/** The current user, or null when nobody is signed in (401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    return userOf(await api.get<unknown>('/api/session', signal));
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(login: string, password: string): Promise<SessionUser> {
  return userOf(await api.post<unknown>('/api/session', { login, password }));
}

export function signOut(): Promise<void> {
  return api.delete('/api/session');
}

/** `PUT /api/session/password`; a wrong current password is a 400 on `currentPassword`. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.put<void>('/api/session/password', { currentPassword, newPassword });
}
