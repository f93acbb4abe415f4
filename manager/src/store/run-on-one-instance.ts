import { sql } from 'kysely';
import { isPostgres } from './dialect/is-postgres.js';
import type { Db } from './open-store.js';

/**
 * Runs `work` unless another instance on the same PostgreSQL database is running the same `job`
 * at this moment (a transaction-level advisory lock, held while it runs); resolves with whether
 * it ran. Jobs every instance would otherwise repeat, like the monitor's periodic check, run
 * once a round this way. An embedded SQLite store has one instance: it always runs.
 */
export async function runOnOneInstance(
  db: Db,
  job: string,
  work: () => Promise<void>,
): Promise<boolean> {
  if (!isPostgres(db)) {
    await work();
    return true;
  }
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ taken: boolean }>`
      select pg_try_advisory_xact_lock(hashtext(${`bang-tin:${job}`})) as taken`.execute(trx);
    if (!rows[0]?.taken) return false;
    await work();
    return true;
  });
}
