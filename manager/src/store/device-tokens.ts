import type { Db } from './open-store.js';

export const deviceTokensRepository = {
  async insert(db: Db, tokenHash: string, screenId: string, now: string) {
    await db
      .insertInto('device_tokens')
      .values({ token_hash: tokenHash, screen_id: screenId, created_at: now, revoked_at: null })
      .execute();
  },
  async revokeAll(db: Db, screenId: string, now: string) {
    await db
      .updateTable('device_tokens')
      .set({ revoked_at: now })
      .where('screen_id', '=', screenId)
      .where('revoked_at', 'is', null)
      .execute();
  },
  /** The screen an unrevoked token belongs to. */
  async findScreenId(db: Db, tokenHash: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('device_tokens')
      .select('screen_id')
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row?.screen_id;
  },
};
