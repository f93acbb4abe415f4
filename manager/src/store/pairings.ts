import type { Db } from './open-store.js';
import type { PairingRow } from './schema.js';

export const pairingsRepository = {
  async insert(db: Db, pairing: Omit<PairingRow, 'screen_id' | 'token_handed'>) {
    await db
      .insertInto('pairings')
      .values({ ...pairing, screen_id: null, token_handed: 0 })
      .execute();
  },
  async findByPairingIdHash(db: Db, hash: string): Promise<PairingRow | undefined> {
    return db
      .selectFrom('pairings')
      .selectAll()
      .where('pairing_id_hash', '=', hash)
      .executeTakeFirst();
  },
  /** The unexpired, unclaimed pairing showing this code. */
  async findClaimable(db: Db, code: string, now: string): Promise<PairingRow | undefined> {
    return db
      .selectFrom('pairings')
      .selectAll()
      .where('code', '=', code)
      .where('expires_at', '>', now)
      .where('screen_id', 'is', null)
      .executeTakeFirst();
  },
  async isCodeInUse(db: Db, code: string, now: string): Promise<boolean> {
    const row = await db
      .selectFrom('pairings')
      .select('id')
      .where('code', '=', code)
      .where('expires_at', '>', now)
      .where('token_handed', '=', 0)
      .executeTakeFirst();
    return row !== undefined;
  },
  /** Binds the pairing to a screen; the player then has until `expiresAt` to collect its token. */
  async claim(db: Db, id: string, screenId: string, expiresAt: string) {
    await db
      .updateTable('pairings')
      .set({ screen_id: screenId, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  },
  async markTokenHanded(db: Db, id: string) {
    await db.updateTable('pairings').set({ token_handed: 1 }).where('id', '=', id).execute();
  },
  async removeExpired(db: Db, now: string) {
    await db.deleteFrom('pairings').where('expires_at', '<=', now).execute();
  },
};
