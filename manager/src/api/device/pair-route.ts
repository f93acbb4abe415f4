import { PairRequestSchema, PairResponseSchema } from '@bangtin/shared';
import { pollPairing, startPairing } from '../../auth/pairing.js';
import { ApiError } from '../../errors.js';
import { clientAddress } from '../../http/client-address.js';
import { auditLogRepository } from '../../store/audit-log.js';
import { addRoute, errorResponse } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

/** `POST /pair`: an unpaired player asks for a code, then polls with its pairing id. */
export function addPairRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/pair',
      summary: 'Ask for a pairing code, or poll for the token',
      description:
        'Send `{}` for a new 6-digit code; poll with `{ pairingId }` until an editor claims it. The token is handed out once; afterwards, and after 15 minutes, the pairing answers 404. New codes are limited per address (429 with `Retry-After`).',
      tags: ['device'],
      auth: 'none',
      body: PairRequestSchema,
      responses: {
        200: { description: 'Pending or paired', schema: PairResponseSchema },
        404: errorResponse(404),
        429: errorResponse(429),
      },
    },
    async (c, { body }) => {
      const now = deps.clock();
      const address = clientAddress(c);
      if (!body.pairingId) deps.limits.pairingPerAddress.count(address);
      const answer = await deps.store.db.transaction().execute(async (trx) => {
        if (!body.pairingId) return startPairing(trx, now);
        const polled = await pollPairing(trx, body.pairingId, now);
        if (polled?.status === 'paired') {
          await auditLogRepository.record(trx, {
            at: new Date(now).toISOString(),
            userId: null,
            action: 'pair',
            resource: 'screens',
            resourceId: polled.screenId,
            before: null,
            after: { tokenIssued: true },
            address,
          });
        }
        return polled;
      });
      if (!answer)
        throw new ApiError(404, 'not_found', 'Unknown or expired pairing; start again with {}');
      return c.json(answer, 200);
    },
  );
}
