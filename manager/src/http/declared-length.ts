import type { Context } from 'hono';

/**
 * Whether the request declares its body's length, within `maxBytes`. Node's parser holds the body
 * to that length, so it need not be counted: Hono's body limit would build a web stream of the
 * body to learn what the header already says.
 */
export function declaresLengthWithin(c: Context, maxBytes: number): boolean {
  const declared = c.req.header('content-length');
  if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return false;
  return /^\d+$/.test(declared) && Number(declared) <= maxBytes;
}
