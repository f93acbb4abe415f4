import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

/**
 * A NUL character means nothing in an id, a filter or a path, and PostgreSQL cannot even compare
 * text holding one (it fails the query): such an address is refused at the edge, on every store.
 */
export const refuseNul: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  if (url.includes('\0') || /%00/i.test(url)) {
    throw new ApiError(400, 'bad_request', 'The address holds a NUL character');
  }
  await next();
};
