/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { MEDIA_CACHE } from '../storage/cache-names.js';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

// How long a navigation waits for the manager before the precached shell answers instead.
const NAVIGATION_TIMEOUT_MS = 4_000;

// The app shell (index.html, hashed assets, fonts); the list is injected at build time.
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
clientsClaim();

// The page decides when a new version takes over: between two slides.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The player's page with a query (`/?preview=1`, which the admin UI shows): from the network
// when it answers, else the precached copy; plain `/` is answered by the precache route above.
// Only the player's own URL: the admin UI on the same origin must never get the player's shell.
registerRoute(
  new NavigationRoute(
    async ({ request }) => {
      try {
        const response = await fetchWithin(request, NAVIGATION_TIMEOUT_MS);
        if (response.ok) return response;
      } catch {
        // Offline or the manager is down: the precached shell below.
      }
      return (await matchPrecache('index.html')) ?? Response.error();
    },
    { allowlist: [/^\/(index\.html)?(\?.*)?$/] },
  ),
);

// Media are put in the cache by the page after checking their sha256; served from there,
// sliced for Range requests (video). A miss goes to the network and is never cached here,
// so that neither an unverified file nor a 206 answer ever lands in the cache.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/media/'),
  new CacheFirst({
    cacheName: MEDIA_CACHE,
    plugins: [{ cachedResponseWillBeUsed: sliceForRange, cacheWillUpdate: async () => null }],
  }),
);

/**
 * The cached file sliced for a single `bytes=` range, as the manager slices it
 * (manager/src/media/parse-range.ts); past the end, 416 naming the size (RFC 9110 §15.5.17).
 */
async function sliceForRange({
  request,
  cachedResponse,
}: {
  request: Request;
  cachedResponse?: Response | undefined;
}): Promise<Response | undefined> {
  const match = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range')?.trim() ?? '');
  const [, first = '', last = ''] = match ?? [];
  const backwards = first !== '' && last !== '' && Number(last) < Number(first);
  if (!cachedResponse || (first === '' && last === '') || backwards) return cachedResponse;
  const blob = await cachedResponse.blob();
  const size = blob.size;
  const start = first === '' ? Math.max(0, size - Number(last)) : Number(first);
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || end < start) {
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  }
  const headers = new Headers(cachedResponse.headers);
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  headers.set('Content-Length', String(end - start + 1));
  return new Response(blob.slice(start, end + 1), { status: 206, headers });
}

async function fetchWithin(request: Request, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
