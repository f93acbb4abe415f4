/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { RangeRequestsPlugin } from 'workbox-range-requests';
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
    plugins: [new RangeRequestsPlugin(), { cacheWillUpdate: async () => null }],
  }),
);

async function fetchWithin(request: Request, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
