import type { Context } from 'hono';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Where a screen's browser opens the player, and whether that is this machine's own loopback. */
export interface PlayerAddress {
  url: string;
  loopback: boolean;
}

/**
 * `PUBLIC_URL`, unless it is left at its loopback default and the admin reached the manager by
 * another name (its LAN address): a TV on the LAN can open that one, never `localhost`.
 */
export function playerAddress(c: Context, publicUrl: string): PlayerAddress {
  const configured = new URL(publicUrl);
  const seen = new URL(c.req.url);
  if (LOOPBACK.test(configured.hostname) && !LOOPBACK.test(seen.hostname)) {
    return { url: `${seen.origin}/`, loopback: false };
  }
  return { url: `${publicUrl.replace(/\/+$/, '')}/`, loopback: LOOPBACK.test(configured.hostname) };
}
