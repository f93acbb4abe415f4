import type { Db } from './open-store.js';

export type Role = 'admin' | 'editor';

export interface User {
  id: string;
  login: string;
  role: Role;
}

export interface UserWithHash extends User {
  passwordHash: string;
}

export const usersRepository = {
  async count(db: Db): Promise<number> {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async findByLogin(db: Db, login: string): Promise<UserWithHash | undefined> {
    const row = await db
      .selectFrom('users')
      .selectAll()
      .where('login', '=', login)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        login: row.login,
        role: row.role as Role,
        passwordHash: row.password_hash,
      }
    );
  },
  async create(db: Db, user: UserWithHash, now: string): Promise<User> {
    await db
      .insertInto('users')
      .values({
        id: user.id,
        login: user.login,
        role: user.role,
        password_hash: user.passwordHash,
        created_at: now,
      })
      .execute();
    return { id: user.id, login: user.login, role: user.role };
  },
};
