import type { Db } from './open-store.js';
import { type User, usersRepository } from './users.js';

export const sessionsRepository = {
  async create(db: Db, tokenHash: string, userId: string, now: string, expiresAt: string) {
    await db
      .insertInto('sessions')
      .values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt })
      .execute();
  },
  /** The user of an unexpired session, if any and not disabled. */
  async findUser(db: Db, tokenHash: string, now: string): Promise<User | undefined> {
    const row = await db
      .selectFrom('sessions')
      .select('user_id')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    const user = row && (await usersRepository.get(db, row.user_id));
    return user && !user.disabled ? user : undefined;
  },
  async remove(db: Db, tokenHash: string) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  },
  /** Ends every session of a user but the one given (after a password change, or disabling). */
  async removeForUser(db: Db, userId: string, keepTokenHash?: string) {
    let query = db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
    await query.execute();
  },
  async removeExpired(db: Db, now: string) {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },
};
