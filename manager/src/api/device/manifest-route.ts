import { ManifestSchema } from '@bangtin/shared';
import { ApiError } from '../../errors.js';
import { acceptsGzip, namesEtag } from '../../http/manifest-negotiation.js';
import { requestHeader } from '../../http/request-header.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { notModified } from './server-time.js';

/** `GET /manifest`: the screen's manifest, its version as the ETag. */
export function addManifestRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/manifest',
      summary: "The screen's manifest",
      description: 'Served with `ETag: "<version>"`; `If-None-Match` with that value answers 304.',
      tags: ['device'],
      auth: 'device',
      responses: {
        // Sent as the tracker's ready-made (and gzipped) bytes, so typed as a plain Response.
        200: {
          description: 'The manifest',
          schema: ManifestSchema,
          contentType: 'application/json',
        },
        304: { description: 'Unchanged since the version in If-None-Match' },
      },
    },
    async (c) => {
      const manifest = await deps.manifests.manifest(c.get('screenId'));
      if (!manifest) throw new ApiError(401, 'device_revoked', 'The screen no longer exists');
      const { etag } = manifest;
      if (namesEtag(requestHeader(c, 'if-none-match'), etag)) {
        return notModified({ ETag: etag, 'Cache-Control': 'no-cache' }, deps.clock);
      }
      c.header('ETag', etag);
      c.header('Cache-Control', 'no-cache');
      c.header('Content-Type', 'application/json; charset=utf-8');
      c.header('Vary', 'Accept-Encoding');
      if (acceptsGzip(requestHeader(c, 'accept-encoding'))) {
        c.header('Content-Encoding', 'gzip');
        return c.body(manifest.gzipped());
      }
      return c.body(manifest.body());
    },
  );
}
