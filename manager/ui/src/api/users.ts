import type { PasswordResetResult } from '@bangtin/shared';
import { api } from './api-client.js';
import type { Role } from './session.js';

/** An account as `GET /api/users` shows it. */
export interface Account {
  id: string;
  login: string;
  name: string;
  role: Role;
  groupIds: string[];
  disabled: boolean;
  mustChangePassword: boolean;
}

export interface AccountDraft {
  login: string;
  name: string;
  role: Role;
  groupIds: string[];
  disabled: boolean;
  /** Only when creating: the initial password. */
  password: string;
}

const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function saveAccount(id: string | null, draft: AccountDraft): Promise<Account> {
  const { login, password, ...fields } = draft;
  return id ? api.put<Account>(path(id), fields) : api.post<Account>('/api/users', draft);
}

export async function resetPassword(id: string): Promise<string> {
  return (await api.post<PasswordResetResult>(`${path(id)}/password-reset`, {})).password;
}

export function signOutEverywhere(id: string): Promise<void> {
  return api.post<void>(`${path(id)}/sign-out`, {});
}
