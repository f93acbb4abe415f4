import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** The Node request behind the context; undefined outside a Node server. */
export const incomingOf = (c: Context): IncomingMessage | undefined =>
  (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;

/**
 * A request header, read from the headers Node has already parsed when the app runs on
 * node:http: Hono's `c.req.header` builds a web Headers object of all of them on first use,
 * which the screens' most frequent request (a manifest revalidation) need not pay for. Outside a
 * Node server (tests calling `app.request`) Hono's is read. Repeated headers are joined with
 * ", " either way, except those Node keeps once (Authorization among them: the first counts).
 */
export function requestHeader(c: Context, name: Lowercase<string>): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
