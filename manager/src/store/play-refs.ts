import type { PlayRefRow } from './monitoring-schema.js';
import type { Db } from './open-store.js';

export type PlayRefKind = PlayRefRow['kind'];

/** What a report shows for one key: the id, and the name and tags when last seen. */
export interface PlayRef {
  key: number;
  kind: PlayRefKind;
  ref: string;
  label: string | null;
  tags: string[];
}

export const playRefsRepository = {
  /** The keys of `refs` (creating the missing ones), by ref. */
  async keys(db: Db, kind: PlayRefKind, refs: Iterable<string>): Promise<Map<string, number>> {
    const wanted = [...new Set(refs)];
    const keys = new Map<string, number>();
    if (wanted.length === 0) return keys;
    await db
      .insertInto('play_refs')
      .values(wanted.map((ref) => ({ kind, ref, label: null, tags: null })))
      .onConflict((oc) => oc.columns(['kind', 'ref']).doNothing())
      .execute();
    const rows = await db
      .selectFrom('play_refs')
      .select(['key', 'ref'])
      .where('kind', '=', kind)
      .where('ref', 'in', wanted)
      .execute();
    for (const row of rows) keys.set(row.ref, row.key);
    return keys;
  },

  /** Remembers a name (and tags) so reports can still name a screen or slide once deleted. */
  async label(db: Db, key: number, label: string, tags: readonly string[] | null = null) {
    const tagsJson = tags ? JSON.stringify(tags) : null;
    await db
      .updateTable('play_refs')
      .set({ label, tags: tagsJson })
      .where('key', '=', key)
      .where((eb) =>
        eb.or([eb('label', 'is distinct from', label), eb('tags', 'is distinct from', tagsJson)]),
      )
      .execute();
  },

  /** Every ref of a kind. */
  async list(db: Db, kind: PlayRefKind): Promise<PlayRef[]> {
    const rows = await db.selectFrom('play_refs').selectAll().where('kind', '=', kind).execute();
    return rows.map((row) => ({
      key: row.key,
      kind: row.kind,
      ref: row.ref,
      label: row.label,
      tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
    }));
  },
};
