import type { Role } from '@bangtin/shared';
import type { Selectable } from 'kysely';
import type { Db } from './open-store.js';
import type { UserRow } from './schema.js';

export type { Role } from '@bangtin/shared';

/** An account as the API shows it; never carries the password hash. */
export interface User {
  id: string;
  login: string;
  name: string;
  role: Role;
  /** The screen groups this user works on; empty means every group. */
  groupIds: string[];
  disabled: boolean;
  /** Set for a generated or reset password: the user must choose a new one first. */
  mustChangePassword: boolean;
}

export interface UserWithHash extends User {
  passwordHash: string;
}

/** What an account is created with; omitted flags default to off, no groups to every group. */
export type NewUser = Pick<UserWithHash, 'id' | 'login' | 'role' | 'passwordHash'> &
  Partial<Pick<User, 'name' | 'groupIds' | 'disabled' | 'mustChangePassword'>>;

/** The fields an admin changes on an account. */
export type UserChanges = Pick<User, 'name' | 'role' | 'groupIds' | 'disabled'>;

const USER_COLUMNS = [
  'id',
  'login',
  'name',
  'role',
  'group_ids',
  'disabled',
  'must_change_password',
] as const;

const toUser = (row: Pick<Selectable<UserRow>, (typeof USER_COLUMNS)[number]>): User => ({
  id: row.id,
  login: row.login,
  name: row.name,
  role: row.role as Role,
  groupIds: JSON.parse(row.group_ids) as string[],
  disabled: row.disabled !== 0,
  mustChangePassword: row.must_change_password !== 0,
});

export const usersRepository = {
  async count(db: Db): Promise<number> {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async list(db: Db): Promise<User[]> {
    const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('created_at').execute();
    return rows.map(toUser);
  },
  async get(db: Db, id: string): Promise<User | undefined> {
    const row = await db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  },
  async findByLogin(db: Db, login: string): Promise<UserWithHash | undefined> {
    const row = await db
      .selectFrom('users')
      .select([...USER_COLUMNS, 'password_hash'])
      .where('login', '=', login)
      .executeTakeFirst();
    return row && { ...toUser(row), passwordHash: row.password_hash };
  },
  async passwordHash(db: Db, id: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.password_hash;
  },
  async create(db: Db, user: NewUser, now: string): Promise<User> {
    await db
      .insertInto('users')
      .values({
        id: user.id,
        login: user.login,
        name: user.name ?? '',
        role: user.role,
        password_hash: user.passwordHash,
        group_ids: JSON.stringify(user.groupIds ?? []),
        disabled: user.disabled ? 1 : 0,
        must_change_password: user.mustChangePassword ? 1 : 0,
        created_at: now,
      })
      .execute();
    return (await usersRepository.get(db, user.id)) as User;
  },
  async update(db: Db, id: string, changes: UserChanges): Promise<User | undefined> {
    await db
      .updateTable('users')
      .set({
        name: changes.name,
        role: changes.role,
        group_ids: JSON.stringify(changes.groupIds),
        disabled: changes.disabled ? 1 : 0,
      })
      .where('id', '=', id)
      .execute();
    return usersRepository.get(db, id);
  },
  async setPassword(db: Db, id: string, passwordHash: string, mustChange: boolean) {
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
      .where('id', '=', id)
      .execute();
  },
};
