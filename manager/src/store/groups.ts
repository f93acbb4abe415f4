import type { ScreenGroup, ScreenGroupInputSchema } from '@bangtin/shared';
import type { z } from 'zod';
import type { ResourceRepository } from './document-resource.js';
import { nextSeq } from './next-seq.js';
import type { Db } from './open-store.js';
import type { ScreenGroupRow } from './schema.js';

type GroupInput = z.output<typeof ScreenGroupInputSchema>;

const toGroup = (row: ScreenGroupRow): ScreenGroup => ({
  id: row.id,
  name: row.name,
  defaultPlaylistId: row.default_playlist_id,
});

export const groupsRepository: ResourceRepository<GroupInput, ScreenGroup> = {
  async list(db) {
    const rows = await db.selectFrom('screen_groups').selectAll().orderBy('seq').execute();
    return rows.map(toGroup);
  },
  async get(db, id) {
    const row = await db
      .selectFrom('screen_groups')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toGroup(row);
  },
  async create(db, id, input, now) {
    await db
      .insertInto('screen_groups')
      .values({
        id,
        seq: await nextSeq(db, 'screen_groups'),
        name: input.name,
        default_playlist_id: input.defaultPlaylistId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return { id, ...input };
  },
  async replace(db, id, input, now) {
    const result = await db
      .updateTable('screen_groups')
      .set({ name: input.name, default_playlist_id: input.defaultPlaylistId, updated_at: now })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n ? { id, ...input } : undefined;
  },
  async remove(db: Db, id: string) {
    const result = await db.deleteFrom('screen_groups').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
