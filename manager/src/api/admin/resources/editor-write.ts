import type { Transaction } from 'kysely';
import { announce } from '../../../events/remote-changes.js';
import { type AuditEntry, auditLogRepository } from '../../../store/audit-log.js';
import { type ContentSnapshot, loadBothViews } from '../../../store/load-content.js';
import type { Database } from '../../../store/schema.js';
import type { ApiDeps } from '../../deps.js';

export interface WriteContext {
  trx: Transaction<Database>;
  /** What screens show as the transaction began: reference checks of what is published. */
  content: ContentSnapshot;
  /** The drafts as the transaction began: reference checks of drafts. */
  drafts: ContentSnapshot;
  now: string;
  audit(entry: Omit<AuditEntry, 'at' | 'userId'>): Promise<void>;
}

/**
 * Runs an editor's write in one transaction with its audit record, then recomputes the
 * manifests so that affected screens hear of it before the editor gets the answer; other
 * instances are told to do the same for the screens they serve.
 */
export async function editorWrite<T>(
  deps: ApiDeps,
  userId: string,
  write: (context: WriteContext) => Promise<T>,
): Promise<T> {
  const now = new Date(deps.clock()).toISOString();
  const result = await deps.store.db.transaction().execute(async (trx) =>
    write({
      trx,
      ...(await loadBothViews(trx, deps.screens)),
      now,
      audit: (entry) => auditLogRepository.record(trx, { ...entry, at: now, userId }),
    }),
  );
  // The other instances refresh alongside this one: each gives a changed manifest the revision
  // above the stored one, so they agree without waiting for each other (manifest-tracker.ts).
  const told = announce(deps, { kind: 'content' });
  await deps.manifests.refresh();
  await told;
  return result;
}
