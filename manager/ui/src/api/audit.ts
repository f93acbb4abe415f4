import { AuditPageSchema } from '@bangtin/shared';
import { api } from './api-client.js';

export interface AuditFilterDraft {
  userId: string;
  action: string;
  resource: string;
  resourceId: string;
  /** Local days, `YYYY-MM-DD`, both inclusive; empty for no bound. */
  fromDay: string;
  toDay: string;
}

export const NO_FILTER: AuditFilterDraft = {
  userId: '',
  action: '',
  resource: '',
  resourceId: '',
  fromDay: '',
  toDay: '',
};

const startOfLocalDay = (day: string, addDays = 0) => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + addDays);
  return date.toISOString();
};

/** The query both the page and the CSV export use; days become instants in the browser's zone. */
export function auditQuery(filter: AuditFilterDraft): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.userId) query.set('userId', filter.userId);
  if (filter.action) query.set('action', filter.action);
  if (filter.resource) query.set('resource', filter.resource);
  if (filter.resourceId.trim()) query.set('resourceId', filter.resourceId.trim());
  if (filter.fromDay) query.set('from', startOfLocalDay(filter.fromDay));
  if (filter.toDay) query.set('to', startOfLocalDay(filter.toDay, 1));
  return query;
}

export const PAGE_SIZE = 50;

export function fetchAuditPage(
  filter: AuditFilterDraft,
  before: number | null,
  signal: AbortSignal,
) {
  const query = auditQuery(filter);
  query.set('limit', String(PAGE_SIZE));
  if (before !== null) query.set('before', String(before));
  return api.get(`/api/audit?${query}`, AuditPageSchema, signal);
}
