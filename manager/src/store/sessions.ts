import type { Db } from './open-store.js';
import type { Role, User } from './users.js';

export const sessionsRepository = {
  async create(db: Db, tokenHash: string, userId: string, now: string, expiresAt: string) {
    await db
      .insertInto('sessions')
      .values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt })
      .execute();
  },
  /** The user of an unexpired session, if any. */
  async findUser(db: Db, tokenHash: string, now: string): Promise<User | undefined> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.login', 'users.role'])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    return row && { id: row.id, login: row.login, role: row.role as Role };
  },
  async remove(db: Db, tokenHash: string) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  },
  async removeExpired(db: Db, now: string) {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },
};
