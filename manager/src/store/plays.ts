import type { PlayRecord } from '@bangtin/shared';
import type { Db } from './open-store.js';

export const playsRepository = {
  /** Stores the records it has not seen; a record id seen before counts as a duplicate. */
  async insertBatch(db: Db, screenId: string, plays: readonly PlayRecord[], now: string) {
    let accepted = 0;
    for (const play of plays) {
      const result = await db
        .insertInto('plays')
        .values({
          id: play.id,
          screen_id: screenId,
          slide_id: play.slideId,
          playlist_id: play.playlistId,
          manifest_version: play.manifestVersion,
          started_at: play.startedAt,
          duration_ms: play.durationMs,
          received_at: now,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      accepted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return { accepted, duplicates: plays.length - accepted };
  },
  async count(db: Db, screenId: string): Promise<number> {
    const row = await db
      .selectFrom('plays')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('screen_id', '=', screenId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
