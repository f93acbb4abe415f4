import { randomInt, randomUUID } from 'node:crypto';
import type { PairResponse } from '@bangtin/shared';
import { deviceTokensRepository } from '../store/device-tokens.js';
import type { Db } from '../store/open-store.js';
import { pairingsRepository } from '../store/pairings.js';
import { randomToken, sha256Hex } from './tokens.js';

export const PAIRING_TTL_MS = 15 * 60_000;
export const PAIRING_POLL_SECONDS = 3;

const iso = (ms: number) => new Date(ms).toISOString();

/** A new pending pairing with a 6-digit code no other live pairing shows. */
export async function startPairing(db: Db, now: number): Promise<PairResponse> {
  await pairingsRepository.removeExpired(db, iso(now - PAIRING_TTL_MS));
  let code = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!(await pairingsRepository.isCodeInUse(db, code, iso(now)))) break;
  }
  const pairingId = randomToken();
  const expiresAt = iso(now + PAIRING_TTL_MS);
  await pairingsRepository.insert(db, {
    id: randomUUID(),
    code,
    pairing_id_hash: sha256Hex(pairingId),
    created_at: iso(now),
    expires_at: expiresAt,
  });
  return { status: 'pending', pairingId, code, expiresAt, pollSeconds: PAIRING_POLL_SECONDS };
}

/**
 * The state of a pairing as its player polls: still pending, or paired with a token handed out
 * here exactly once. Undefined for an unknown, expired or already collected pairing.
 */
export async function pollPairing(
  db: Db,
  pairingId: string,
  now: number,
): Promise<PairResponse | undefined> {
  const pairing = await pairingsRepository.findByPairingIdHash(db, sha256Hex(pairingId));
  if (!pairing || pairing.token_handed || pairing.expires_at <= iso(now)) return undefined;
  if (pairing.screen_id === null) {
    return {
      status: 'pending',
      pairingId,
      code: pairing.code,
      expiresAt: pairing.expires_at,
      pollSeconds: PAIRING_POLL_SECONDS,
    };
  }
  const token = randomToken();
  await deviceTokensRepository.insert(db, sha256Hex(token), pairing.screen_id, iso(now));
  await pairingsRepository.markTokenHanded(db, pairing.id);
  return { status: 'paired', token, screenId: pairing.screen_id };
}

/**
 * Binds a pending code to a screen and revokes the screen's earlier tokens; false when no live
 * pairing shows that code. The player collects its token at its next poll.
 */
export async function claimPairing(db: Db, code: string, screenId: string, now: number) {
  const pairing = await pairingsRepository.findClaimable(db, code, iso(now));
  if (!pairing) return false;
  await deviceTokensRepository.revokeAll(db, screenId, iso(now));
  await pairingsRepository.claim(db, pairing.id, screenId, iso(now + PAIRING_TTL_MS));
  return true;
}

/** Gives a screen a fresh token directly, revoking earlier ones (first-run demo screen). */
export async function issueDeviceToken(db: Db, screenId: string, now: number): Promise<string> {
  await deviceTokensRepository.revokeAll(db, screenId, iso(now));
  const token = randomToken();
  await deviceTokensRepository.insert(db, sha256Hex(token), screenId, iso(now));
  return token;
}
