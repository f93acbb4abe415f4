import type { Role } from '@bangtin/shared';
import type { PageName } from './route.js';

/**
 * The weakest role that has something to do on a page; the navigation hides the others. The
 * server enforces every action anyway: this only keeps people from dead ends.
 */
const REQUIRED: Partial<Record<PageName, Role>> = {
  approvals: 'approver',
  settings: 'admin',
  users: 'admin',
  groups: 'admin',
  audit: 'admin',
};

export function pageRole(page: PageName): Role {
  return REQUIRED[page] ?? 'viewer';
}
