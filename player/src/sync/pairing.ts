import { PairResponseSchema } from '@bangtin/shared';
import type { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';
import { backoffDelay, sleep } from './backoff.js';

export interface PendingPairing {
  code: string;
  expiresAt: number;
}

export interface Paired {
  token: string;
  screenId: string;
}

/**
 * Asks the manager for a pairing code and polls until an editor claims it; starts over with a
 * new code when the old one expires. Network failures retry with backoff, forever.
 */
export async function pairDevice(
  api: ApiClient,
  showCode: (pending: PendingPairing | null) => void,
  now: () => number,
  signal: AbortSignal,
): Promise<Paired> {
  let pairingId: string | undefined;
  let expiresAt = 0;
  let failures = 0;
  for (;;) {
    if (pairingId && now() >= expiresAt) pairingId = undefined;
    let waitMs: number;
    try {
      const answer = PairResponseSchema.parse(
        await api.post('/api/device/pair', pairingId ? { pairingId } : {}, signal),
      );
      failures = 0;
      if (answer.status === 'paired') return { token: answer.token, screenId: answer.screenId };
      pairingId = answer.pairingId;
      expiresAt = Date.parse(answer.expiresAt);
      showCode({ code: answer.code, expiresAt });
      waitMs = Math.max(1, answer.pollSeconds) * 1000;
    } catch (error) {
      if (signal.aborted) throw error;
      // An expired or already used pairing: start again with a fresh code.
      if (error instanceof ApiError && error.status === 404) {
        pairingId = undefined;
        continue;
      }
      if (!pairingId) showCode(null);
      waitMs = backoffDelay(failures++, { baseMs: 1000, maxMs: 30_000 });
    }
    await sleep(waitMs, signal);
  }
}
