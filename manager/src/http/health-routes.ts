import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Db } from '../store/open-store.js';

/** Whether this instance still takes new work; index.ts drains it when it starts shutting down. */
export class Readiness {
  #draining = false;

  drain(): void {
    this.#draining = true;
  }

  get draining(): boolean {
    return this.#draining;
  }
}

/** A store that has not answered by then counts as down: the proxy must not wait on it. */
const STORE_TIMEOUT_MS = 2_000;

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * `/healthz`: the process answers (a proxy or supervisor restarts it otherwise).
 * `/readyz`: it can serve — the store answers a trivial query and it is not shutting down — so
 * a proxy sends it requests. Both without authentication and without touching anything else;
 * neither is logged (the manager logs no requests).
 */
export function healthRoutes(db: Db, readiness: Readiness): Hono {
  const routes = new Hono();
  routes.get('/healthz', (c) => c.json({ status: 'ok' }, 200, NO_STORE));
  routes.get('/readyz', async (c) => {
    if (readiness.draining) return c.json({ status: 'draining' }, 503, NO_STORE);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('store timeout')), STORE_TIMEOUT_MS);
    });
    try {
      await Promise.race([sql`select 1`.execute(db), timeout]);
      return c.json({ status: 'ready' }, 200, NO_STORE);
    } catch {
      return c.json({ status: 'store unavailable' }, 503, NO_STORE);
    } finally {
      clearTimeout(timer);
    }
  });
  return routes;
}
