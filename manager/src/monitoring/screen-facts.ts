import type { Heartbeat } from '@bangtin/shared';
import type { Db } from '../store/open-store.js';

/** The last heartbeat of a screen as the screens table keeps it. */
export interface ReportedStatus {
  lastSeenAt: string | null;
  reportedVersion: string | null;
  appVersion: string | null;
  showing: Heartbeat['showing'];
  storage: Heartbeat['storage'];
  uptimeSeconds: number | null;
  errors: string[];
  clockTrusted: boolean | null;
}

interface StoredStatus {
  appVersion?: string;
  showing?: Heartbeat['showing'];
  storage?: Heartbeat['storage'];
  uptimeSeconds?: number;
  errors?: string[];
  clockTrusted?: boolean | null;
}

/** What every screen last reported, by screen id. */
export async function readReportedStatus(
  db: Db,
  screenIds?: readonly string[],
): Promise<Map<string, ReportedStatus>> {
  let query = db.selectFrom('screens').select(['id', 'last_seen_at', 'reported_version', 'status']);
  if (screenIds) query = query.where('id', 'in', screenIds.length > 0 ? screenIds : ['']);
  const reported = new Map<string, ReportedStatus>();
  for (const row of await query.execute()) {
    const status = row.status ? (JSON.parse(row.status) as StoredStatus) : {};
    reported.set(row.id, {
      lastSeenAt: row.last_seen_at,
      reportedVersion: row.reported_version,
      appVersion: status.appVersion ?? null,
      showing: status.showing ?? null,
      storage: status.storage ?? null,
      uptimeSeconds: status.uptimeSeconds ?? null,
      errors: status.errors ?? [],
      clockTrusted: status.clockTrusted ?? null,
    });
  }
  return reported;
}
