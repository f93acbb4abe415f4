import { PREVIEW_FIT, PREVIEW_READY, type PreviewFit, type PreviewReady } from '@bangtin/shared';
import type { PlayerApp } from '../components/player-app.js';
import { slideDurationMs } from '../playback/slide-duration.js';
import { QueueFeed } from '../queue/queue-feed.js';
import { type Preview, previewManifest } from './preview-manifest.js';

const DESIGN_UNIT = {
  landscape: 'min(100vw / 1920, 100vh / 1080)',
  portrait: 'min(100vw / 1080, 100vh / 1920)',
  strip: 'min(100vw / 1920, 100vh / 240)',
} as const;

/**
 * Preview mode (`/?preview=1`) for the admin UI's iframe: no pairing, sync, plays, heartbeats
 * or service worker; shows each slide posted by a page of the same origin in the real layout,
 * and answers how the fit engine laid it out (pages, their times, type at its floor).
 */
export function startPreview(app: PlayerApp): void {
  let shown = Promise.resolve();
  addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== location.origin) return;
    const preview = previewManifest(event.data);
    if (!preview) return;
    // One after the other, so that the last message posted is the one that stays.
    shown = shown.then(() => show(app, preview));
  });
  const ready: PreviewReady = { type: PREVIEW_READY };
  (parent ?? window).postMessage(ready, location.origin);
}

async function show(app: PlayerApp, preview: Preview): Promise<void> {
  const { slide } = preview;
  // Every edit shows at once: a crossfade would leave the previous draft visible for a moment.
  const manifest = {
    ...preview.manifest,
    agency: { ...preview.manifest.agency, crossfade: false },
  };
  const { layout, orientation } = manifest.screen;
  const unit = DESIGN_UNIT[layout === 'strip' ? 'strip' : orientation];
  document.documentElement.style.setProperty('--u', unit);
  app.queueFeed ??= new QueueFeed();
  app.queueFeed.calls = [];
  app.queueFeed.snapshot(preview.queueCalls);
  app.manifest = manifest;
  app.state = 'playing';
  await app.updateComplete;
  const [playlist] = manifest.playlists;
  const [item] = playlist?.items ?? [];
  if (!playlist || !item) return;
  const durationMs = slideDurationMs(item, slide, manifest);
  try {
    const shownFit = await app.stage?.show({
      slide,
      playlistId: playlist.id,
      manifest,
      durationMs,
      page: preview.page,
    });
    app.problem = null;
    if (!shownFit) return;
    const fit: PreviewFit = {
      type: PREVIEW_FIT,
      slideId: slide.id,
      layout,
      orientation,
      pageMs: shownFit.pageMs,
      durationMs: Math.max(durationMs, shownFit.minDurationMs),
      atFloor: shownFit.atFloor,
    };
    (parent ?? window).postMessage(fit, location.origin);
  } catch (error) {
    app.problem = `preview: ${String(error)}`;
  }
}
