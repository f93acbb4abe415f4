import { sql } from 'kysely';
import type { Db } from './open-store.js';

/** The tables of content a screen group can own. */
export const OWNED_TABLES = ['slides', 'playlists', 'media', 'hotlines', 'procedures'] as const;
export type OwnedTable = (typeof OWNED_TABLES)[number];

/** Media rows are keyed by their hash, the others by id. */
const keyOf = (table: OwnedTable) => sql.ref(table === 'media' ? 'sha256' : 'id');

/**
 * Who owns what: a screen group's id, or null for content shared by the whole organisation.
 * Kept beside the documents, not in them, so that manifests never carry it.
 */
export const contentOwners = {
  /** Every item's owner by its id (sha256 for media). */
  async list(db: Db, table: OwnedTable): Promise<Map<string, string | null>> {
    const { rows } = await sql<{ key: string; owner: string | null }>`
      SELECT ${keyOf(table)} AS key, owner_group_id AS owner FROM ${sql.table(table)}`.execute(db);
    return new Map(rows.map((row) => [row.key, row.owner]));
  },
  async get(db: Db, table: OwnedTable, id: string): Promise<string | null> {
    const { rows } = await sql<{ owner: string | null }>`
      SELECT owner_group_id AS owner FROM ${sql.table(table)} WHERE ${keyOf(table)} = ${id}`.execute(
      db,
    );
    return rows[0]?.owner ?? null;
  },
  async set(db: Db, table: OwnedTable, id: string, owner: string | null): Promise<void> {
    await sql`UPDATE ${sql.table(table)} SET owner_group_id = ${owner} WHERE ${keyOf(table)} = ${id}`.execute(
      db,
    );
  },
  /** What a group owns, to refuse deleting a group that still owns content. */
  async ownedBy(db: Db, groupId: string): Promise<{ table: OwnedTable; id: string }[]> {
    const owned = [];
    for (const table of OWNED_TABLES) {
      const { rows } = await sql<{ key: string }>`
        SELECT ${keyOf(table)} AS key FROM ${sql.table(table)} WHERE owner_group_id = ${groupId}`.execute(
        db,
      );
      owned.push(...rows.map((row) => ({ table, id: row.key })));
    }
    return owned;
  },
};
