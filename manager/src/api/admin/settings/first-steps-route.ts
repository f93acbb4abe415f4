import { FirstStepsSchema } from '@bangtin/shared';
import { playerAddress } from '../../../http/player-address.js';
import { doneFirstSteps } from '../../../onboarding/first-steps.js';
import { addRoute } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';

/** `GET /first-steps`: the dashboard's setup guide, and the address a new screen opens. */
export function addFirstStepsRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/first-steps',
      summary: 'Setup steps done, and the player address for new screens',
      description:
        'A step is done once a person (not the demo seed) has done it: named the agency, edited the hotlines, paired a screen, imported or edited procedures, scheduled. The player address is `PUBLIC_URL`, or the address the caller reached the manager by when `PUBLIC_URL` is left at localhost.',
      tags: ['settings'],
      auth: 'viewer',
      responses: { 200: { description: 'The steps and the address', schema: FirstStepsSchema } },
    },
    async (c) =>
      c.json({
        done: await doneFirstSteps(deps.store.db),
        player: playerAddress(c, deps.config.publicUrl),
      }),
  );
}
