import type { PlayerApp } from '../components/player-app.js';
import { slideDurationMs } from '../playback/slide-duration.js';
import { PREVIEW_READY, type Preview, previewManifest } from './preview-manifest.js';

const DESIGN_UNIT = {
  landscape: 'min(100vw / 1920, 100vh / 1080)',
  portrait: 'min(100vw / 1080, 100vh / 1920)',
} as const;

/**
 * Preview mode (`/?preview=1`) for the admin UI's iframe: no pairing, sync, plays, heartbeats
 * or service worker; shows each slide posted by a page of the same origin in the real layout.
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
  (parent ?? window).postMessage({ type: PREVIEW_READY }, location.origin);
}

async function show(app: PlayerApp, { manifest, slide }: Preview): Promise<void> {
  document.documentElement.style.setProperty('--u', DESIGN_UNIT[manifest.screen.orientation]);
  app.manifest = manifest;
  app.state = 'playing';
  await app.updateComplete;
  const [playlist] = manifest.playlists;
  const [item] = playlist?.items ?? [];
  if (!playlist || !item) return;
  const durationMs = slideDurationMs(item, slide, manifest);
  try {
    await app.stage?.show({ slide, playlistId: playlist.id, manifest, durationMs });
    app.problem = null;
  } catch (error) {
    app.problem = `preview: ${String(error)}`;
  }
}
