import type { Reviewed, Role } from '@bangtin/shared';
import { hasRole, type SessionUser } from './session.js';

let signedInUser: SessionUser | null = null;

/** Remembers who is signed in, so that pages can hide what the role may not do. */
export function setSignedInUser(user: SessionUser | null): void {
  signedInUser = user;
}

/** Whether the signed-in user's role is at least `required`; the server enforces it anyway. */
export function may(required: Role): boolean {
  return hasRole(signedInUser, required);
}

/** Editors may delete only what was never published; approvers and admins anything. */
export function mayDelete(item: Pick<Reviewed, 'published'>): boolean {
  return may('approver') || (may('editor') && !item.published);
}

/** The screen groups the user is limited to; empty: every group. */
export function myGroupIds(): string[] {
  return signedInUser?.groupIds ?? [];
}
