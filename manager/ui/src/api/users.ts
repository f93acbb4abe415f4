import {
  type Account,
  type AccountCreate,
  AccountSchema,
  type AccountUpdate,
  PasswordResetResultSchema,
} from '@bangtin/shared';
import { api } from './api-client.js';

const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function createAccount(account: AccountCreate): Promise<Account> {
  return api.post('/api/users', account, AccountSchema);
}

export function updateAccount(id: string, account: AccountUpdate): Promise<Account> {
  return api.put(path(id), account, AccountSchema);
}

export async function resetPassword(id: string): Promise<string> {
  return (await api.post(`${path(id)}/password-reset`, {}, PasswordResetResultSchema)).password;
}

export function signOutEverywhere(id: string): Promise<void> {
  return api.postOnly(`${path(id)}/sign-out`, {});
}
