import type { Db } from './open-store.js';

let withdrawals = 0;

/**
 * How many times tokens may have stopped working (revoked, or their screen deleted) in this
 * process; a cache of token lookups is good only while this stays the same. It moves before the
 * change commits, so a lookup that overlaps the change never gets cached.
 */
export const tokenWithdrawals = (): number => withdrawals;

/** Called before tokens are revoked or their screen is deleted. */
export function tokensWithdrawn(): void {
  withdrawals++;
}

export const deviceTokensRepository = {
  async insert(db: Db, tokenHash: string, screenId: string, now: string) {
    await db
      .insertInto('device_tokens')
      .values({ token_hash: tokenHash, screen_id: screenId, created_at: now, revoked_at: null })
      .execute();
  },
  async revokeAll(db: Db, screenId: string, now: string) {
    tokensWithdrawn();
    await db
      .updateTable('device_tokens')
      .set({ revoked_at: now })
      .where('screen_id', '=', screenId)
      .where('revoked_at', 'is', null)
      .execute();
  },
  /** Whether the token was revoked, or belonged to a screen since deleted. */
  async isRevoked(db: Db, tokenHash: string): Promise<boolean> {
    const revoked = await db
      .selectFrom('device_tokens')
      .select('token_hash')
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is not', null)
      .union(
        db
          .selectFrom('revoked_device_tokens')
          .select('token_hash')
          .where('token_hash', '=', tokenHash),
      )
      .executeTakeFirst();
    return revoked !== undefined;
  },
  /** Keeps the screen's tokens as revoked before the screen (and with it they) is deleted. */
  async keepRevoked(db: Db, screenId: string, now: string) {
    await db
      .insertInto('revoked_device_tokens')
      .columns(['token_hash', 'revoked_at'])
      .expression(
        db
          .selectFrom('device_tokens')
          .select((eb) => ['token_hash', eb.val(now).as('revoked_at')])
          .where('screen_id', '=', screenId),
      )
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .execute();
  },
  /** The screen an unrevoked token belongs to. */
  async findScreenId(db: Db, tokenHash: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('device_tokens')
      .select('screen_id')
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row?.screen_id;
  },
  /** The screens these unrevoked tokens belong to, by token hash (a thousand a query). */
  async findScreenIds(db: Db, tokenHashes: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let start = 0; start < tokenHashes.length; start += LOOKUP_BATCH) {
      const rows = await db
        .selectFrom('device_tokens')
        .select(['token_hash', 'screen_id'])
        .where('token_hash', 'in', tokenHashes.slice(start, start + LOOKUP_BATCH))
        .where('revoked_at', 'is', null)
        .execute();
      for (const row of rows) found.set(row.token_hash, row.screen_id);
    }
    return found;
  },
};

const LOOKUP_BATCH = 1000;
