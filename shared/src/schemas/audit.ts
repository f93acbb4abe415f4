/** What the audit log records: the manager writes these, the admin app filters and names them. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'import',
  'pair',
  'command',
  'revoke',
  'submit',
  'approve',
  'return',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'login_throttled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
