import { type Account, ROLES, type Role, SessionSchema } from '@bangtin/shared';
import { api } from './api-client.js';
import { ApiFailure } from './api-failure.js';

/** The signed-in user as `GET /api/session` describes it. */
export type SessionUser = Account;

/** Whether the user's role is at least `required`. */
export function hasRole(user: Pick<SessionUser, 'role'> | null, required: Role): boolean {
  return user !== null && ROLES.indexOf(user.role) >= ROLES.indexOf(required);
}

/** The current user, or null when nobody is signed in (401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    return (await api.get('/api/session', SessionSchema, signal)).user;
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(login: string, password: string): Promise<SessionUser> {
  return (await api.post('/api/session', { login, password }, SessionSchema)).user;
}

export function signOut(): Promise<void> {
  return api.delete('/api/session');
}

/** `PUT /api/session/password`; a wrong current password is a 400 on `currentPassword`. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.putOnly('/api/session/password', { currentPassword, newPassword });
}
