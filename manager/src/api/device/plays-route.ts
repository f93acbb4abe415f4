import { PlayBatchSchema, type PlayRecord } from '@bangtin/shared';
import { z } from 'zod';
import { checkPlay, type PlayRejection } from '../../plays/check-play.js';
import { recordServedVersion } from '../../plays/record-served-version.js';
import { playsRepository } from '../../store/plays.js';
import { rejectedPlaysRepository, servedVersionsRepository } from '../../store/served-versions.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

const PlaysResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  /** Plays that cannot be true (not stored); the player drops them like the others. */
  rejected: z.number().int(),
});

/** `POST /plays`: proof of play, checked against what the screen was sent; an id counts once. */
export function addPlaysRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/plays',
      summary: 'Upload proof-of-play records',
      description:
        'A play must name a slide of a manifest version this screen was sent, last no longer than that slide may play (with slack), and fall between when that version was sent and now. Others are not stored, counted per screen (shown in monitoring) and answered as `rejected`: the whole batch is acknowledged either way.',
      tags: ['device'],
      auth: 'device',
      body: PlayBatchSchema,
      responses: { 200: { description: 'How many were new', schema: PlaysResultSchema } },
    },
    async (c, { body }) => {
      const screenId = c.get('screenId');
      const now = deps.clock();
      const served = await servedVersionsRepository.find(
        deps.store.db,
        screenId,
        body.plays.map((play) => play.manifestVersion),
      );
      // The version just built may not be recorded yet: the tracker holds it.
      const current = deps.manifests.version(screenId);
      if (
        current &&
        !served.has(current) &&
        body.plays.some((p) => p.manifestVersion === current)
      ) {
        const recorded = await recordServedVersion(deps.store.db, deps.manifests, screenId, now);
        if (recorded) served.set(recorded.version, recorded);
      }
      const valid: PlayRecord[] = [];
      const reasons = new Map<PlayRejection, number>();
      for (const play of body.plays) {
        const reason = checkPlay(play, served.get(play.manifestVersion), now);
        if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        else valid.push(play);
      }
      const rejected = body.plays.length - valid.length;
      const at = new Date(now).toISOString();
      const result = await deps.store.db.transaction().execute(async (trx) => {
        if (rejected > 0) {
          const reason = [...reasons].map(([why, n]) => `${why}: ${n}`).join(', ');
          await rejectedPlaysRepository.add(trx, screenId, rejected, reason, at);
        }
        return valid.length > 0
          ? playsRepository.insertBatch(trx, screenId, valid, at)
          : { accepted: 0, duplicates: 0 };
      });
      if (rejected > 0) {
        deps.logger.warn('plays rejected', {
          screenId,
          rejected,
          reasons: Object.fromEntries(reasons),
        });
      }
      return c.json({ ...result, rejected }, 200);
    },
  );
}
