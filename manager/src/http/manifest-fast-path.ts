import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DeviceTokenCache } from '../auth/device-token-cache.js';
import { bearerToken } from '../auth/require-device.js';
import type { ManifestTracker } from '../manifest/manifest-tracker.js';
import { acceptsGzip, namesEtag } from './manifest-negotiation.js';
import type { RateLimiter } from './rate-limiter.js';
import { DEVICE_SECURITY_HEADERS } from './security-headers.js';

export const MANIFEST_PATH = '/api/device/manifest';

export interface FastPathDeps {
  tokens: DeviceTokenCache;
  limiter: RateLimiter;
  manifests: ManifestTracker;
  clock: () => number;
}

/** Answers a request on node:http and returns true, or returns false to leave it to the app. */
export type FastPath = (request: IncomingMessage, response: ServerResponse) => boolean;

const FIXED_HEADERS = Object.entries(DEVICE_SECURITY_HEADERS).flat();

/**
 * The request every screen repeats, `GET /api/device/manifest` with a token already seen, answered
 * straight on node:http exactly as the app's route answers it (`manifest-route.ts`; a test holds
 * the two together). A thousand screens polling cost a fraction of the app's per-request work.
 * Anything else (no token or an unknown one, the rate limit reached, no manifest yet) is left to
 * the app, which also answers every error.
 */
export function createManifestFastPath(deps: FastPathDeps): FastPath {
  return (request, response) => {
    if (request.method !== 'GET' || request.url !== MANIFEST_PATH) return false;
    const token = bearerToken(request.headers.authorization);
    if (!token) return false;
    const live = deps.tokens.known(token);
    const manifest = live ? deps.manifests.current(live.screenId) : undefined;
    if (!live || !manifest || !deps.limiter.tryCount(live.hash)) return false;

    const { etag } = manifest;
    const headers = [
      'ETag',
      etag,
      'Cache-Control',
      'no-cache',
      'X-Server-Time',
      String(deps.clock()),
    ];
    if (namesEtag(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    const body = gzip ? manifest.gzipped : manifest.body;
    headers.push(...FIXED_HEADERS);
    headers.push('Content-Type', 'application/json; charset=utf-8', 'Vary', 'Accept-Encoding');
    if (gzip) headers.push('Content-Encoding', 'gzip');
    headers.push('Content-Length', String(body.byteLength));
    response.writeHead(200, headers);
    response.end(body);
    return true;
  };
}
