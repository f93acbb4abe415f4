import { reloadPage } from './reload-guard.js';

const UPDATE_CHECK_MS = 30 * 60_000;

/**
 * Registers the service worker once the first frame is painted. A new version waits until
 * `atBoundary` (between two slides) to take over, then the page reloads once for it.
 */
export function registerServiceWorker(
  atBoundary: (task: () => void) => void,
  report: (message: string) => void,
): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const hadController = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    // The first install only claims the page; only a replacement needs the new code loaded.
    if (!hadController || reloading) return;
    reloading = true;
    reloadPage();
  });

  const activateAtBoundary = (worker: ServiceWorker) => {
    atBoundary(() => worker.postMessage({ type: 'SKIP_WAITING' }));
  };

  requestAnimationFrame(() =>
    setTimeout(async () => {
      try {
        const registration = await container.register('/sw.js', { scope: '/' });
        if (registration.waiting && hadController) activateAtBoundary(registration.waiting);
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
