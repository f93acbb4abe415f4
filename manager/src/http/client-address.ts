import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The peer address of the connection (Node's socket), or `unknown` outside a Node server (tests).
 * Forwarded headers are not trusted: anyone can write them.
 */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
