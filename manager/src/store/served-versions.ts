import type { Db } from './open-store.js';

/** A manifest version as sent to one screen: its slides and since when it could play. */
export interface ServedVersion {
  version: string;
  /** Slide id → the longest it may play, in ms. */
  slides: Record<string, number>;
  firstAt: string;
}

/** Four parameters a row: well inside SQLite's and PostgreSQL's limits per statement. */
const RECORD_BATCH = 1000;

export const servedVersionsRepository = {
  /** Records a version built for a screen; the first record of it wins. */
  async record(db: Db, screenId: string, served: ServedVersion): Promise<void> {
    await servedVersionsRepository.recordAll(db, [{ screenId, served }]);
  },

  /** Records many at once, a thousand a statement (a publish reaches every screen together). */
  async recordAll(
    db: Db,
    rows: ReadonlyArray<{ screenId: string; served: ServedVersion }>,
  ): Promise<void> {
    // Screens playing the same playlists share one limits object: written out once.
    const texts = new Map<Record<string, number>, string>();
    const textOf = (slides: Record<string, number>) => {
      const known = texts.get(slides);
      if (known !== undefined) return known;
      const text = JSON.stringify(slides);
      texts.set(slides, text);
      return text;
    };
    for (let start = 0; start < rows.length; start += RECORD_BATCH) {
      const values = rows.slice(start, start + RECORD_BATCH).map(({ screenId, served }) => ({
        screen_id: screenId,
        version: served.version,
        slides: textOf(served.slides),
        first_at: served.firstAt,
      }));
      await db
        .insertInto('served_versions')
        .values(values)
        .onConflict((oc) => oc.columns(['screen_id', 'version']).doNothing())
        .execute();
    }
  },

  async find(db: Db, screenId: string, versions: string[]): Promise<Map<string, ServedVersion>> {
    if (versions.length === 0) return new Map();
    const rows = await db
      .selectFrom('served_versions')
      .selectAll()
      .where('screen_id', '=', screenId)
      .where('version', 'in', [...new Set(versions)])
      .execute();
    return new Map(
      rows.map((row) => [
        row.version,
        { version: row.version, slides: JSON.parse(row.slides), firstAt: row.first_at },
      ]),
    );
  },
};

export const rejectedPlaysRepository = {
  async add(db: Db, screenId: string, count: number, reason: string, at: string): Promise<void> {
    await db
      .insertInto('rejected_plays')
      .values({ screen_id: screenId, count, last_at: at, last_reason: reason })
      .onConflict((oc) =>
        oc.column('screen_id').doUpdateSet((eb) => ({
          count: eb('rejected_plays.count', '+', eb.ref('excluded.count')),
          last_at: eb.ref('excluded.last_at'),
          last_reason: eb.ref('excluded.last_reason'),
        })),
      )
      .execute();
  },

  async counts(db: Db): Promise<Map<string, number>> {
    const rows = await db.selectFrom('rejected_plays').select(['screen_id', 'count']).execute();
    return new Map(rows.map((row) => [row.screen_id, row.count]));
  },
};
