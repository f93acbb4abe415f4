import { KioskLinkSchema } from '@bangtin/shared';
import { randomToken, sha256Hex } from '../../../auth/tokens.js';
import { notFound } from '../../../errors.js';
import { clientAddress } from '../../../http/client-address.js';
import { playerAddress } from '../../../http/player-address.js';
import { deviceTokensRepository } from '../../../store/device-tokens.js';
import { screensRepository } from '../../../store/screens.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';
import { editorWrite } from '../resources/editor-write.js';

/**
 * A player URL that carries a device token for a kiosk's launch command: a screen whose
 * browser lost its site data takes the token from the URL again at the next start, with no
 * one claiming a pairing code.
 */
export function addKioskLinkRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/screens/{id}/kiosk-link',
      summary: 'Issue a player URL carrying a device token',
      description:
        'Adds a device token to the screen (its other tokens stay valid) and answers the player URL with it (`#token=…`). The URL is a secret; revoking the screen revokes it too.',
      tags: ['screens'],
      auth: 'admin',
      params: IdParamsSchema,
      responses: {
        201: { description: 'The player URL', schema: KioskLinkSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const token = randomToken();
      await editorWrite(deps, c.get('user').id, async (w) => {
        if (!(await screensRepository.get(w.trx, params.id))) throw notFound('Screen');
        await deviceTokensRepository.insert(w.trx, sha256Hex(token), params.id, w.now);
        await w.audit({
          action: 'pair',
          resource: 'screens',
          resourceId: params.id,
          before: null,
          after: { kioskLink: true },
          address: clientAddress(c),
        });
      });
      return c.json({ url: `${playerAddress(c, deps.config.publicUrl).url}#token=${token}` }, 201);
    },
  );
}
