// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit.js';

/** One record of the audit log. */
export const AuditRecordSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable().describe('The account’s name now (null for none or unknown)'),
  userLogin: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  resource: z.string(),
  resourceId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  address: z.string().nullable(),
  login: z.string().nullable(),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** `GET /api/audit`: one page of records, newest first; `nextBefore` is the next page's `before`. */
export const AuditPageSchema = z.object({
  items: z.array(AuditRecordSchema),
  nextBefore: z.number().int().nullable(),
});
