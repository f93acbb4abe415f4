import { type FigureFeed, type FigureSource, FigureSourceInputSchema } from '@bangtin/shared';
import type { Selectable } from 'kysely';
import type { Db } from './open-store.js';
import type { FigureFeedRow } from './schema.js';

const toFeed = (row: Selectable<FigureFeedRow>): FigureFeed => ({
  slideId: row.slide_id,
  source: FigureSourceInputSchema.parse(JSON.parse(row.source)),
  values: row.figure_values === null ? null : (JSON.parse(row.figure_values) as (number | null)[]),
  fetchedAt: row.fetched_at,
  attemptedAt: row.attempted_at,
  error: row.error,
});

/** Figures slides' sources, one per slide, with the last good values and the last error. */
export const figureFeedsRepository = {
  async list(db: Db): Promise<FigureFeed[]> {
    const rows = await db.selectFrom('figure_feeds').selectAll().orderBy('slide_id').execute();
    return rows.map(toFeed);
  },
  async get(db: Db, slideId: string): Promise<FigureFeed | undefined> {
    const row = await db
      .selectFrom('figure_feeds')
      .selectAll()
      .where('slide_id', '=', slideId)
      .executeTakeFirst();
    return row && toFeed(row);
  },
  /**
   * Sets the slide's source. A changed source forgets what the old one gave: its values may
   * stand for other figures now.
   */
  async put(db: Db, slideId: string, source: FigureSource, now: string): Promise<FigureFeed> {
    const row = {
      slide_id: slideId,
      source: JSON.stringify(source),
      figure_values: null,
      fetched_at: null,
      attempted_at: null,
      error: null,
      updated_at: now,
    };
    const before = await figureFeedsRepository.get(db, slideId);
    if (before && JSON.stringify(before.source) === row.source) return before;
    await db.deleteFrom('figure_feeds').where('slide_id', '=', slideId).execute();
    await db.insertInto('figure_feeds').values(row).execute();
    return toFeed(row);
  },
  /**
   * Marks a due source as being read, unless someone else did since `seen` was read: of several
   * manager instances on one store, one reads each turn.
   */
  async claim(db: Db, slideId: string, seen: string | null, now: string): Promise<boolean> {
    const update = db
      .updateTable('figure_feeds')
      .set({ attempted_at: now })
      .where('slide_id', '=', slideId);
    const result = await (seen === null
      ? update.where('attempted_at', 'is', null)
      : update.where('attempted_at', '=', seen)
    ).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
  async recordSuccess(db: Db, slideId: string, values: (number | null)[], at: string) {
    await db
      .updateTable('figure_feeds')
      .set({ figure_values: JSON.stringify(values), fetched_at: at, attempted_at: at, error: null })
      .where('slide_id', '=', slideId)
      .execute();
  },
  /** Keeps the last good values: screens go on showing them, with their time. */
  async recordFailure(db: Db, slideId: string, error: string, at: string) {
    await db
      .updateTable('figure_feeds')
      .set({ attempted_at: at, error })
      .where('slide_id', '=', slideId)
      .execute();
  },
  async remove(db: Db, slideId: string): Promise<boolean> {
    const result = await db
      .deleteFrom('figure_feeds')
      .where('slide_id', '=', slideId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
