import { api } from './api-client.js';
import { ApiFailure } from './api-failure.js';

/** The signed-in editor as `GET /api/session` describes it; only the login is relied on. */
export interface SessionUser {
  login: string;
  [key: string]: unknown;
}

function userOf(body: unknown): SessionUser {
  const record = (body ?? {}) as Record<string, unknown>;
  const user = (record.user ?? record) as Record<string, unknown>;
  return { ...user, login: typeof user.login === 'string' ? user.login : '' };
}

/** The current editor, or null when nobody is signed in (401). */
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
