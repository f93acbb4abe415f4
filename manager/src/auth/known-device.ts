import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/** Set after a successful sign-in: this browser is a known-good context for that account. */
export const KNOWN_DEVICE_COOKIE = 'bt_known';
const TTL_MS = 90 * 24 * 3_600_000;

/**
 * Signs and reads the known-device cookie. The key lives in memory: after a restart, browsers
 * are known again from their next successful sign-in.
 */
export class KnownDevices {
  readonly #key = randomBytes(32);

  constructor(private readonly clock: () => number) {}

  /** Whether the request comes from a browser that signed in to `account` before. */
  isKnown(c: Context, account: string): boolean {
    const value = getCookie(c, KNOWN_DEVICE_COOKIE);
    if (!value) return false;
    const [encoded, expires, mac] = value.split('.');
    if (!encoded || !expires || !mac) return false;
    const expected = Buffer.from(this.#sign(`${encoded}.${expires}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    if (Number(expires) < this.clock()) return false;
    return Buffer.from(encoded, 'base64url').toString('utf8') === account;
  }

  remember(c: Context, account: string, secure: boolean): void {
    const payload = `${Buffer.from(account).toString('base64url')}.${this.clock() + TTL_MS}`;
    setCookie(c, KNOWN_DEVICE_COOKIE, `${payload}.${this.#sign(payload)}`, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/session',
      secure,
      maxAge: TTL_MS / 1000,
    });
  }

  #sign(payload: string): string {
    return createHmac('sha256', this.#key).update(payload).digest('base64url');
  }
}
