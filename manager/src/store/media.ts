import type { Media, MediaType } from '@bangtin/shared';
import type { Db } from './open-store.js';
import type { MediaRow } from './schema.js';

const toMedia = (row: MediaRow): Media => ({
  sha256: row.sha256,
  name: row.name,
  type: row.type as MediaType,
  bytes: row.bytes,
  createdAt: row.created_at,
  durationMs: row.duration_ms,
});

export const mediaRepository = {
  async list(db: Db): Promise<Media[]> {
    const rows = await db.selectFrom('media').selectAll().orderBy('created_at').execute();
    return rows.map(toMedia);
  },
  async get(db: Db, sha256: string): Promise<Media | undefined> {
    const row = await db
      .selectFrom('media')
      .selectAll()
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return row && toMedia(row);
  },
  /** Inserts the row; a second upload of the same bytes keeps the first row. */
  async insert(db: Db, media: Media): Promise<void> {
    await db
      .insertInto('media')
      .values({
        sha256: media.sha256,
        name: media.name,
        type: media.type,
        bytes: media.bytes,
        created_at: media.createdAt,
        duration_ms: media.durationMs,
      })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  },
  /** Records a clip's length measured after it was stored (a second upload of older bytes). */
  async setDuration(db: Db, sha256: string, durationMs: number): Promise<void> {
    await db
      .updateTable('media')
      .set({ duration_ms: durationMs })
      .where('sha256', '=', sha256)
      .execute();
  },
  async remove(db: Db, sha256: string): Promise<boolean> {
    const result = await db.deleteFrom('media').where('sha256', '=', sha256).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
