import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureAdmin } from '../../../manager/src/first-run.js';
import type { Store } from '../../../manager/src/store/open-store.js';
import { usersRepository } from '../../../manager/src/store/users.js';
import { openTestStore } from '../../helpers/test-store.js';

let store: Store;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

describe('the first admin', () => {
  it('must change a generated password, which is returned to print once', async () => {
    const { generatedPassword } = await ensureAdmin(store, null, Date.now());
    expect(generatedPassword).toMatch(/^[\w-]{16}$/);
    expect((await usersRepository.findByLogin(store.db, 'admin'))?.mustChangePassword).toBe(true);
  }, 20_000);

  it('keeps a password given as ADMIN_PASSWORD without a forced change', async () => {
    const { generatedPassword } = await ensureAdmin(store, 'chosen by the operator', Date.now());
    expect(generatedPassword).toBeNull();
    const admin = await usersRepository.findByLogin(store.db, 'admin');
    expect(admin).toMatchObject({ role: 'admin', mustChangePassword: false });
  }, 20_000);

  it('makes one admin when two instances start on one new database together', async () => {
    const results = await Promise.all([
      ensureAdmin(store, 'chosen by the operator', Date.now()),
      ensureAdmin(store, 'chosen by the operator', Date.now()),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await usersRepository.count(store.db)).toBe(1);
  }, 20_000);
});
