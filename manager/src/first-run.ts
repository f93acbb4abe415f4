import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { hashPassword } from './auth/password.js';
import { randomToken, sha256Hex } from './auth/tokens.js';
import { demoContent } from './demo/demo-content.js';
import { seedDemo } from './demo/seed-demo.js';
import { deviceTokensRepository } from './store/device-tokens.js';
import type { Store } from './store/open-store.js';
import { usersRepository } from './store/users.js';

export const ADMIN_LOGIN = 'admin';

/**
 * Creates the first admin when there is no user; returns the password when it was generated.
 * A generated password was printed to a console others may read, so it must be changed at the
 * first sign-in; one given as ADMIN_PASSWORD was chosen by the operator (and scripts and the
 * end-to-end tests sign in with it), so it is not.
 */
export async function ensureAdmin(store: Store, password: string | null, now: number) {
  if ((await usersRepository.count(store.db)) > 0)
    return { created: false, generatedPassword: null };
  const chosen = password ?? randomToken().slice(0, 16);
  try {
    await usersRepository.create(
      store.db,
      {
        id: randomUUID(),
        login: ADMIN_LOGIN,
        name: 'Quản trị',
        role: 'admin',
        passwordHash: await hashPassword(chosen),
        mustChangePassword: password === null,
      },
      new Date(now).toISOString(),
    );
  } catch (error) {
    // Another instance on the same database made the admin first (its login is unique).
    if ((await usersRepository.count(store.db)) > 0)
      return { created: false, generatedPassword: null };
    throw error;
  }
  return { created: true, generatedPassword: password ? null : chosen };
}

/**
 * Seeds the demo and keeps its screen's token in `tokenFile`. The database holds only token
 * hashes, so this file is the one place the demo link can be rebuilt from at every start.
 */
export async function seedDemoScreen(store: Store, tokenFile: string, now: number) {
  const { token } = await seedDemo(store, demoContent(), now);
  await writeFile(tokenFile, `${token}\n`, { mode: 0o600 });
}

/** The saved demo token while it still opens a screen (the editor may have deleted or re-paired it). */
export async function liveDemoToken(store: Store, tokenFile: string): Promise<string | null> {
  const token = (await readFile(tokenFile, 'utf8').catch(() => '')).trim();
  if (!token) return null;
  return (await deviceTokensRepository.findScreenId(store.db, sha256Hex(token))) ? token : null;
}
