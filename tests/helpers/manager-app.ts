import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, createApp } from '../../manager/src/app.js';
import { hashPassword } from '../../manager/src/auth/password.js';
import type { Role } from '../../manager/src/auth/roles.js';
import type { RateLimits } from '../../manager/src/http/rate-limits.js';
import { createLogger } from '../../manager/src/logger.js';
import { servedVersionsRepository } from '../../manager/src/store/served-versions.js';
import { usersRepository } from '../../manager/src/store/users.js';
import { openTestStore } from './test-store.js';

export const ORIGIN = 'http://localhost';
export const ADMIN_LOGIN = 'admin';
export const ADMIN_PASSWORD = 'correct horse battery';
/** A cheap scrypt cost: the hash records it, so sign-in checks against it quickly. */
const TEST_COST = { N: 1024, r: 8, p: 1 };

export interface TestManagerOptions {
  clock?: () => number;
  playerDir?: string;
  adminDir?: string;
  maxUploadBytes?: number;
  rateLimits?: Partial<RateLimits>;
  monitoring?: AppOptions['monitoring'];
  uploadDisk?: AppOptions['uploadDisk'];
  logger?: AppOptions['logger'];
  loginThrottle?: AppOptions['loginThrottle'];
  changes?: AppOptions['changes'];
  /** A media folder shared with another test manager (two instances on one MEDIA_DIR). */
  mediaDir?: string;
}

/** What `addUser` gives accounts; the login is the role unless said otherwise. */
export interface TestUserOptions {
  login?: string;
  groupIds?: string[];
  disabled?: boolean;
  mustChangePassword?: boolean;
}

export const USER_PASSWORD = 'a password of the test';

/** A manager on a fresh in-memory store and temporary media folder, with one admin user. */
export async function createTestManager(options: TestManagerOptions = {}) {
  const store = await openTestStore();
  const mediaDir = options.mediaDir ?? (await mkdtemp(join(tmpdir(), 'bangtin-media-')));
  const appOptions: AppOptions = {
    store,
    mediaDir,
    config: { maxUploadBytes: options.maxUploadBytes ?? 1024 * 1024, publicUrl: ORIGIN },
    logger: options.logger ?? createLogger('silent'),
    playerDir: options.playerDir ?? join(mediaDir, 'no-player-here'),
    adminDir: options.adminDir ?? join(mediaDir, 'no-admin-here'),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.monitoring ? { monitoring: options.monitoring } : {}),
    ...(options.uploadDisk ? { uploadDisk: options.uploadDisk } : {}),
    ...(options.loginThrottle ? { loginThrottle: options.loginThrottle } : {}),
    ...(options.changes ? { changes: options.changes } : {}),
    passwordCost: TEST_COST,
  };
  const manager = createApp(appOptions);
  await usersRepository.create(
    store.db,
    {
      id: randomUUID(),
      login: ADMIN_LOGIN,
      role: 'admin',
      passwordHash: await hashPassword(ADMIN_PASSWORD, TEST_COST),
    },
    new Date().toISOString(),
  );

  const request = (path: string, init?: RequestInit) => manager.app.request(path, init);

  /** Signs in and returns the session cookie (`bt_session=…`); the admin by default. */
  const signIn = async (login = ADMIN_LOGIN, password = ADMIN_PASSWORD): Promise<string> => {
    const res = await request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
    return cookie;
  };

  /** A call as a browser on the same origin makes it: session cookie, Origin, JSON. */
  const call = (cookie: string, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie, origin: ORIGIN };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return request(path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  };

  let cookie: string | undefined;
  /** The admin's call (an admin's writes publish at once). */
  const editor = async (method: string, path: string, body?: unknown): Promise<Response> => {
    cookie ??= await signIn();
    return call(cookie, method, path, body);
  };

  /** Creates an account straight in the store (cheap hash) and returns it. */
  const addUser = (role: Role, options: TestUserOptions = {}) =>
    hashPassword(USER_PASSWORD, TEST_COST).then((passwordHash) =>
      usersRepository.create(
        store.db,
        {
          id: randomUUID(),
          login: options.login ?? role,
          role,
          passwordHash,
          groupIds: options.groupIds ?? [],
          disabled: options.disabled ?? false,
          mustChangePassword: options.mustChangePassword ?? false,
        },
        new Date().toISOString(),
      ),
    );

  /** A signed-in client of a new account with that role: `as('GET', '/api/slides')`. */
  const userClient = async (role: Role, options: TestUserOptions = {}) => {
    const user = await addUser(role, options);
    const session = await signIn(user.login, USER_PASSWORD);
    const as = (method: string, path: string, body?: unknown) => call(session, method, path, body);
    return Object.assign(as, { user, cookie: session });
  };

  /** Creates a resource through the API and returns it, failing loudly on a non-201. */
  const create = async <T = Record<string, unknown> & { id: string }>(
    path: string,
    body: unknown,
  ) => {
    const res = await editor('POST', path, body);
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  /** Runs the whole pairing flow for a new screen; returns its id and device token. */
  const pairScreen = async (name = 'Test screen', extra: Record<string, unknown> = {}) => {
    const pending = await (await device('POST', '/api/device/pair', undefined, {})).json();
    const screen = await create<{ id: string }>('/api/screens/pair', {
      code: pending.code,
      name,
      ...extra,
    });
    const paired = await (
      await device('POST', '/api/device/pair', undefined, { pairingId: pending.pairingId })
    ).json();
    return { screenId: screen.id, token: paired.token as string };
  };

  /** A player's call: Bearer token (when given) and a JSON body (when given). */
  const device = (
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    request(path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  /** Records that a screen was sent a manifest version with these slides (plays are checked). */
  const recordServed = (
    screenId: string,
    version: string,
    slideIds: readonly string[],
    firstAt = '2026-01-01T00:00:00Z',
  ) =>
    servedVersionsRepository.record(store.db, screenId, {
      version,
      slides: Object.fromEntries(slideIds.map((id) => [id, 10_000])),
      firstAt,
    });

  const close = async () => {
    manager.hub.closeAll();
    await store.close();
    await rm(mediaDir, { recursive: true, force: true });
  };

  return {
    ...manager,
    appOptions,
    store,
    mediaDir,
    request,
    signIn,
    call,
    editor,
    addUser,
    userClient,
    create,
    device,
    pairScreen,
    recordServed,
    close,
  };
}

export type TestManager = Awaited<ReturnType<typeof createTestManager>>;
