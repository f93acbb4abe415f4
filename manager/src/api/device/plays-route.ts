import { PlayBatchSchema } from '@bangtin/shared';
import { z } from 'zod';
import { playsRepository } from '../../store/plays.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

const PlaysResultSchema = z.object({ accepted: z.number().int(), duplicates: z.number().int() });

/** `POST /plays`: proof of play; a record id already stored counts once. */
export function addPlaysRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/plays',
      summary: 'Upload proof-of-play records',
      tags: ['device'],
      auth: 'device',
      body: PlayBatchSchema,
      responses: { 200: { description: 'How many were new', schema: PlaysResultSchema } },
    },
    async (c, { body }) => {
      const now = new Date(deps.clock()).toISOString();
      const result = await deps.store.db
        .transaction()
        .execute((trx) => playsRepository.insertBatch(trx, c.get('screenId'), body.plays, now));
      return c.json(result);
    },
  );
}
