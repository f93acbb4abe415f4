import { PairRequestSchema, PairResponseSchema } from '@bangtin/shared';
import { pollPairing, startPairing } from '../../auth/pairing.js';
import { ApiError } from '../../errors.js';
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
        'Send `{}` for a new 6-digit code; poll with `{ pairingId }` until an editor claims it. The token is handed out once; afterwards, and after 15 minutes, the pairing answers 404.',
      tags: ['device'],
      auth: 'none',
      body: PairRequestSchema,
      responses: {
        200: { description: 'Pending or paired', schema: PairResponseSchema },
        404: errorResponse(404),
      },
    },
    async (c, { body }) => {
      const now = deps.clock();
      const answer = await deps.store.db
        .transaction()
        .execute((trx) =>
          body.pairingId ? pollPairing(trx, body.pairingId, now) : startPairing(trx, now),
        );
      if (!answer)
        throw new ApiError(404, 'not_found', 'Unknown or expired pairing; start again with {}');
      return c.json(answer);
    },
  );
}
