import type { IntegrationKey } from '@bangtin/shared';
import type { Selectable } from 'kysely';
import type { Db } from './open-store.js';
import type { IntegrationKeyRow } from './schema.js';

const toKey = (row: Selectable<IntegrationKeyRow>): IntegrationKey => ({
  id: row.id,
  name: row.name,
  counters: JSON.parse(row.counters) as string[],
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
});

export interface NewIntegrationKey {
  id: string;
  name: string;
  counters: string[];
  tokenHash: string;
  createdBy: string;
  now: string;
}

/** Queue systems' bearer tokens; only their sha256 is stored. */
export const integrationKeysRepository = {
  async create(db: Db, key: NewIntegrationKey): Promise<IntegrationKey> {
    const row = {
      id: key.id,
      name: key.name,
      counters: JSON.stringify(key.counters),
      token_hash: key.tokenHash,
      created_at: key.now,
      created_by: key.createdBy,
      revoked_at: null,
      last_used_at: null,
    };
    await db.insertInto('integration_keys').values(row).execute();
    return toKey(row);
  },
  async list(db: Db): Promise<IntegrationKey[]> {
    const rows = await db
      .selectFrom('integration_keys')
      .selectAll()
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toKey);
  },
  async find(db: Db, id: string): Promise<IntegrationKey | undefined> {
    const row = await db
      .selectFrom('integration_keys')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toKey(row);
  },
  /** The key a token hash belongs to, revoked or not. */
  async findByHash(db: Db, tokenHash: string): Promise<IntegrationKey | undefined> {
    const row = await db
      .selectFrom('integration_keys')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && toKey(row);
  },
  async revoke(db: Db, id: string, now: string): Promise<void> {
    await db
      .updateTable('integration_keys')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  },
  async touch(db: Db, id: string, now: string): Promise<void> {
    await db
      .updateTable('integration_keys')
      .set({ last_used_at: now })
      .where('id', '=', id)
      .execute();
  },
};
