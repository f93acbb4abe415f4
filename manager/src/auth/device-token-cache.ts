import { deviceTokensRepository, tokenWithdrawals } from '../store/device-tokens.js';
import { GatheredBatches } from '../store/gathered-batches.js';
import type { Db } from '../store/open-store.js';
import { sha256Hex } from './tokens.js';

/**
 * A bound on remembered tokens; past it the cache starts over (tokens are read again). Well above
 * the screens one instance holds (10,000 over a province's instances, all of them on one after
 * the others fail): starting over in a restart storm would send every screen to the store again.
 */
const MAX_TOKENS = 100_000;

/** A live device token: the hash it is stored (and rate-limited) under, and its screen. */
export interface KnownToken {
  hash: string;
  screenId: string;
}

/**
 * Live device tokens, remembered (in memory only; the store keeps hashes) so that a player's
 * requests neither query the store nor hash the token again. Forgotten as soon as any token is
 * revoked or any screen deleted.
 */
export class DeviceTokenCache {
  #tokens = new Map<string, KnownToken>();
  #seenWithdrawals = tokenWithdrawals();
  /** Tokens not in memory, looked up together (the store of the first lookup: an app has one). */
  #lookups: GatheredBatches<string, true, Map<string, string>> | null = null;

  /** The token if it was looked up before and is still live; undefined when not known. */
  #known(token: string): KnownToken | undefined {
    if (this.#seenWithdrawals !== tokenWithdrawals()) {
      this.#tokens.clear();
      this.#seenWithdrawals = tokenWithdrawals();
    }
    return this.#tokens.get(token);
  }

  /** The live token's hash and screen, from memory or the store; undefined when not live. */
  async lookUp(db: Db, token: string): Promise<KnownToken | undefined> {
    const known = this.#known(token);
    if (known) return known;
    const before = tokenWithdrawals();
    const hash = sha256Hex(token);
    const screenId = (await this.#find(db, hash)).get(hash);
    if (!screenId) return undefined;
    // A revocation that overlapped the query may not be in its answer: do not keep it.
    if (before === tokenWithdrawals()) {
      if (this.#tokens.size >= MAX_TOKENS) this.#tokens.clear();
      this.#tokens.set(token, { hash, screenId });
    }
    return { hash, screenId };
  }

  /** Looks the hash up with the others not in memory: a restart storm brings thousands at once. */
  #find(db: Db, hash: string): Promise<Map<string, string>> {
    this.#lookups ??= new GatheredBatches((hashes) =>
      deviceTokensRepository.findScreenIds(db, [...hashes.keys()]),
    );
    return this.#lookups.add(hash, true);
  }
}
