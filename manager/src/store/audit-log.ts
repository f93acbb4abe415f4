import type { Db } from './open-store.js';

export interface AuditEntry {
  at: string;
  userId: string | null;
  action: 'create' | 'update' | 'delete' | 'import' | 'pair' | 'command';
  resource: string;
  resourceId: string;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(value);

export const auditLogRepository = {
  /** Call inside the transaction of the write it records. */
  async record(db: Db, entry: AuditEntry) {
    await db
      .insertInto('audit_log')
      .values({
        at: entry.at,
        user_id: entry.userId,
        action: entry.action,
        resource: entry.resource,
        resource_id: entry.resourceId,
        before: json(entry.before),
        after: json(entry.after),
      })
      .execute();
  },
  async list(db: Db, resource: string, resourceId: string) {
    return db
      .selectFrom('audit_log')
      .selectAll()
      .where('resource', '=', resource)
      .where('resource_id', '=', resourceId)
      .orderBy('id')
      .execute();
  },
};
