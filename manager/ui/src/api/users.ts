import { type Account, AccountSchema, PasswordResetResultSchema, type Role } from '@bangtin/shared';
import { api } from './api-client.js';

/** What the account form edits; a request, so it is the form's own. */
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
  return id
    ? api.put(path(id), fields, AccountSchema)
    : api.post('/api/users', draft, AccountSchema);
}

export async function resetPassword(id: string): Promise<string> {
  return (await api.post(`${path(id)}/password-reset`, {}, PasswordResetResultSchema)).password;
}

export function signOutEverywhere(id: string): Promise<void> {
  return api.postOnly(`${path(id)}/sign-out`, {});
}
