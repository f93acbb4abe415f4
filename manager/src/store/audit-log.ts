import type { AuditAction } from '@bangtin/shared';
import type { Selectable } from 'kysely';
import type { Db } from './open-store.js';
import type { AuditRow } from './schema.js';

export interface AuditEntry {
  at: string;
  userId: string | null;
  action: AuditAction;
  resource: string;
  resourceId: string;
  before: unknown;
  after: unknown;
  address?: string | null;
  /** The login a sign-in named (kept also when no such user exists). */
  login?: string | null;
}

/** One record as the audit API shows it. */
export interface AuditRecord extends Required<AuditEntry> {
  id: number;
  /** The account's name and login as they are now, so that the log reads without looking up ids. */
  userName: string | null;
  userLogin: string | null;
}

/** What the admin filters the log by; every field narrows. Newest first, paged by `before`. */
export interface AuditFilter {
  userId?: string;
  action?: AuditAction;
  resource?: string;
  resourceId?: string;
  from?: string;
  to?: string;
  /** Only records with a smaller id (the previous page's last id). */
  before?: number;
  limit: number;
}

const json = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(value);

type SearchRow = Selectable<AuditRow> & { user_name: string | null; user_login: string | null };

const toRecord = (row: SearchRow): AuditRecord => ({
  id: row.id,
  at: row.at,
  userId: row.user_id,
  action: row.action as AuditAction,
  resource: row.resource,
  resourceId: row.resource_id,
  before: row.before === null ? null : JSON.parse(row.before),
  after: row.after === null ? null : JSON.parse(row.after),
  address: row.address,
  login: row.login,
  userName: row.user_name,
  userLogin: row.user_login,
});

/** Append-only: there is no update or delete here, and triggers refuse them in the database. */
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
        address: entry.address ?? null,
        login: entry.login ?? null,
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
  async search(db: Db, filter: AuditFilter): Promise<AuditRecord[]> {
    let query = db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .selectAll('audit_log')
      .select(['users.name as user_name', 'users.login as user_login'])
      .orderBy('audit_log.id', 'desc')
      .limit(filter.limit);
    if (filter.userId) query = query.where('audit_log.user_id', '=', filter.userId);
    if (filter.action) query = query.where('audit_log.action', '=', filter.action);
    if (filter.resource) query = query.where('audit_log.resource', '=', filter.resource);
    if (filter.resourceId) query = query.where('audit_log.resource_id', '=', filter.resourceId);
    if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
    if (filter.to) query = query.where('audit_log.at', '<', filter.to);
    if (filter.before !== undefined) query = query.where('audit_log.id', '<', filter.before);
    return (await query.execute()).map(toRecord);
  },
};
