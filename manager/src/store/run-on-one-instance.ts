import { sql, type Transaction } from 'kysely';
import { isPostgres } from './dialect/is-postgres.js';
import type { Db } from './open-store.js';
import type { Database } from './schema.js';

/** A job's turn: what time it is (epoch ms) and how often the job runs. */
export interface Round {
  at: number;
  everyMs: number;
}

/**
 * A round is due this share of the period after the last one began: instances' timers that fire
 * a little early or late neither skip a round nor run one twice.
 */
const DUE_SHARE = 0.9;

/**
 * Runs `work` as this round of `job` unless another instance on the same PostgreSQL database ran
 * it this round or is running it now; resolves with whether it ran. Every instance's timer fires
 * once a period, each at its own moment: a lock held only while the job runs would let each of
 * them run it in turn, and a check of ten thousand screens would be made once per instance
 * instead of once a round. So the round is claimed in the store (`job_rounds`), under a
 * transaction-level advisory lock held while it runs. An embedded SQLite store has one
 * instance: it always runs.
 */
export async function runOnOneInstance(
  db: Db,
  job: string,
  round: Round,
  work: () => Promise<void>,
): Promise<boolean> {
  if (!isPostgres(db)) {
    await work();
    return true;
  }
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ taken: boolean }>`
      select pg_try_advisory_xact_lock(hashtext(${`bang-tin:${job}`})) as taken`.execute(trx);
    if (!rows[0]?.taken || !(await claimRound(trx, job, round))) return false;
    await work();
    return true;
  });
}

/** Moves the job's due time on if it has come; whether it had. */
async function claimRound(trx: Transaction<Database>, job: string, round: Round) {
  const now = new Date(round.at).toISOString();
  const next = new Date(round.at + round.everyMs * DUE_SHARE).toISOString();
  const claimed = await trx
    .insertInto('job_rounds')
    .values({ job, due_at: next })
    .onConflict((oc) =>
      oc.column('job').doUpdateSet({ due_at: next }).where('job_rounds.due_at', '<=', now),
    )
    .returning('job')
    .executeTakeFirst();
  return claimed !== undefined;
}
