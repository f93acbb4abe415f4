import type { Db } from './open-store.js';

/** Each screen's last manifest version and the revision it was given. */
export const manifestRevisionsRepository = {
  async all(db: Db): Promise<Map<string, { version: string; revision: number }>> {
    const rows = await db.selectFrom('manifest_revisions').selectAll().execute();
    return new Map(
      rows.map((row) => [row.screen_id, { version: row.version, revision: row.revision }]),
    );
  },
  async save(db: Db, screenId: string, version: string, revision: number): Promise<void> {
    await db
      .insertInto('manifest_revisions')
      .values({ screen_id: screenId, version, revision })
      .onConflict((oc) => oc.column('screen_id').doUpdateSet({ version, revision }))
      .execute();
  },
};

/**
 * The revision of a screen's next manifest: above the stored one, and never below the wall
 * clock or `floorMs` (epoch ms). The time base is what lets a database restored from a backup
 * move forward: its revisions are older than the players', the next ones are not.
 */
export function nextRevision(stored: number | undefined, nowMs: number, floorMs = 0): number {
  return Math.max((stored ?? 0) + 1, Math.floor(nowMs), floorMs);
}
