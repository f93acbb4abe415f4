import type { Db } from './open-store.js';

/** Each screen's last manifest version and the revision it was given. */
export const manifestRevisionsRepository = {
  /** The stored revisions of these screens (a thousand a query). */
  async of(
    db: Db,
    screenIds: readonly string[],
  ): Promise<Map<string, { version: string; revision: number }>> {
    const found = new Map<string, { version: string; revision: number }>();
    for (let start = 0; start < screenIds.length; start += READ_BATCH) {
      const rows = await db
        .selectFrom('manifest_revisions')
        .selectAll()
        .where('screen_id', 'in', screenIds.slice(start, start + READ_BATCH))
        .execute();
      for (const row of rows) {
        found.set(row.screen_id, { version: row.version, revision: row.revision });
      }
    }
    return found;
  },
  /**
   * Stores many screens' revisions, a thousand rows a statement: a publish to ten thousand
   * screens costs ten round trips, not ten thousand. A stored revision only grows: of two
   * instances storing one screen's revision at once, the higher stays.
   */
  async saveAll(
    db: Db,
    rows: ReadonlyArray<{ screenId: string; version: string; revision: number }>,
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += SAVE_BATCH) {
      const values = rows
        .slice(start, start + SAVE_BATCH)
        .map(({ screenId, version, revision }) => ({ screen_id: screenId, version, revision }));
      await db
        .insertInto('manifest_revisions')
        .values(values)
        .onConflict((oc) =>
          oc
            .column('screen_id')
            .doUpdateSet((eb) => ({
              version: eb.ref('excluded.version'),
              revision: eb.ref('excluded.revision'),
            }))
            .where((eb) => eb('manifest_revisions.revision', '<', eb.ref('excluded.revision'))),
        )
        .execute();
    }
  },
};

const READ_BATCH = 1000;

/** Three parameters a row: well inside SQLite's 32,766 and PostgreSQL's 65,535 per statement. */
const SAVE_BATCH = 1000;

/**
 * The revision of a screen's next manifest: above the stored one, and never below `nowMs` or
 * `floorMs` (epoch ms). The wall clock, given at a manager's start, is what lets a database
 * restored from a backup move forward: its revisions are older than the players', the next
 * ones are not.
 */
export function nextRevision(stored: number | undefined, nowMs: number, floorMs = 0): number {
  return Math.max((stored ?? 0) + 1, Math.floor(nowMs), floorMs);
}
