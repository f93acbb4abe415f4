import { reloadPage } from './reload-guard.js';

const UPDATE_CHECK_MS = 30 * 60_000;

/**
 * Registers the service worker once the first frame is painted. A new version waits until
 * `atBoundary` (between two slides) to take over. Whenever a worker takes control whose app
 * shell no longer holds this page's script (also on a page that started without a worker), the
 * page reloads into the new build at the next boundary, within the reload-loop guard.
 */
export function registerServiceWorker(
  atBoundary: (task: () => void) => void,
  report: (message: string) => void,
): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    const worker = container.controller;
    if (!worker || reloading) return;
    void runsOldBuild(worker).then((old) => {
      if (!old || reloading) return;
      reloading = true;
      atBoundary(() => {
        if (!reloadPage()) report('reload refused: the page reloaded too often');
      });
    });
  });

  const activateAtBoundary = (worker: ServiceWorker) => {
    atBoundary(() => worker.postMessage({ type: 'SKIP_WAITING' }));
  };

  requestAnimationFrame(() =>
    setTimeout(async () => {
      try {
        const registration = await container.register('/sw.js', { scope: '/' });
        if (registration.waiting && container.controller) {
          activateAtBoundary(registration.waiting);
        }
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && container.controller) activateAtBoundary(worker);
          });
        });
        // A signage page never navigates, so the browser would never look for a new version.
        setInterval(() => registration.update().catch(() => {}), UPDATE_CHECK_MS);
      } catch (error) {
        report(`service worker: ${String(error)}`);
      }
    }, 0),
  );
}

/**
 * Whether `worker`, once active (its clean-up of the old app shell done), no longer precaches
 * the script this page runs: the first install of a page's own build answers false.
 */
async function runsOldBuild(worker: ServiceWorker): Promise<boolean> {
  if (worker.state !== 'activated') {
    await new Promise<void>((resolve) => {
      const settled = () => {
        if (worker.state !== 'activated' && worker.state !== 'redundant') return;
        worker.removeEventListener('statechange', settled);
        resolve();
      };
      worker.addEventListener('statechange', settled);
    });
  }
  return !(await caches.match(import.meta.url));
}
