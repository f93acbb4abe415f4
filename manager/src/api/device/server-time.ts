import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

/** The manager's clock as an answer leaves, on every device answer: what players check theirs by. */
export const SERVER_TIME_HEADER = 'X-Server-Time';

/** Marks answers that carry the header already, in plain headers best left as they are. */
const STAMPED = Symbol('stamped');
type Stamped = Response & { [STAMPED]?: true };

/** Stamps each device answer once its handler is done, so the time is as late as it can be. */
export function stampServerTime(clock: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!(c.res as Stamped)[STAMPED]) c.res.headers.set(SERVER_TIME_HEADER, String(clock()));
  };
}

/**
 * A 304 (the screens' most frequent answer) with the given headers, a fresh object the server
 * time is added to: the Node adapter writes plain headers as they are, where a web Headers object
 * is built, filled and read back for every answer. (Measured per answer: a WeakSet to mark it, or
 * spreading the headers into a new object, each cost more than the rest.)
 */
export function notModified(headers: Record<string, string>, clock: () => number): Response {
  headers[SERVER_TIME_HEADER] = String(clock());
  const answer: Stamped = new Response(null, { status: 304, headers });
  answer[STAMPED] = true;
  return answer;
}
