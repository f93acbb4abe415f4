import type { Context } from 'hono';
import { incomingOf } from './request-header.js';

/** Whether the request's forwarded headers come from our own proxy (`TRUST_PROXY`). */
const trusted = (c: Context) => c.get('trustProxy') === true;

/**
 * The client's address: the peer of the connection (Node's socket), or behind a trusted proxy
 * the address it forwarded (the last X-Forwarded-For entry, the one the proxy itself added);
 * `unknown` outside a Node server (tests). Forwarded headers are not trusted otherwise: anyone
 * can write them.
 */
export function clientAddress(c: Context): string {
  if (trusted(c)) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return incomingOf(c)?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Whether the client reached us over HTTPS: the connection itself, or behind a trusted proxy its
 * X-Forwarded-Proto. `PUBLIC_URL` is not proof: the request may still have come in plain.
 */
export function isHttps(c: Context): boolean {
  if (trusted(c)) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  const socket = incomingOf(c)?.socket as { encrypted?: boolean } | undefined;
  if (socket) return socket.encrypted === true;
  return new URL(c.req.url).protocol === 'https:';
}
