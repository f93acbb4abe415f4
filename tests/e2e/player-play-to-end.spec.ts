import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { shownSlide } from '../helpers/player-page.js';
import {
  type Created,
  messageSlide,
  openPairedPlayer,
  setDefaultPlaylist,
  uploadFixture,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

/** A video that plays to its end, then a message, as the screen's default playlist. */
async function videoThenMessage(videoSeconds: number) {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const clip = await uploadFixture(manager.url, 'clip.webm');
  const video = await editor.post<Created>('/api/slides', {
    kind: 'video',
    title: 'Phim',
    mediaSha256: clip.sha256,
    playToEnd: true,
  });
  const after = await messageSlide(editor, 'Sau phim');
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'Phim rồi thông báo',
    items: [
      { slideId: video.id, durationSeconds: videoSeconds },
      { slideId: after.id, durationSeconds: 60 },
    ],
  });
  await setDefaultPlaylist(editor, playlist.id);
  return { editor, video, after };
}

// Real time on purpose: the clip (2 s) has to play and fire `ended` in the browser.
test('a video that plays to its end hands over when the clip ends, not after its minute', async ({
  page,
}) => {
  const { editor, video, after } = await videoThenMessage(60);
  await openPairedPlayer(page, manager.url, editor, 'Sảnh');

  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', video.id);
  const started = Date.now();
  await expect(page.locator('video')).toHaveJSProperty('loop', false);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', after.id, { timeout: 20_000 });
  // Its item asks for 60 s: only the clip's `ended` moves on this early.
  expect(Date.now() - started).toBeLessThan(20_000);
});

test('a video that plays to its end but never ends moves on 5 s after its planned time', async ({
  page,
}) => {
  // The clip never plays (a stalled download, a hung decoder), so `ended` never comes.
  await page.addInitScript(() => {
    HTMLMediaElement.prototype.play = () => Promise.resolve();
  });
  const { editor, video, after } = await videoThenMessage(3);
  await openPairedPlayer(page, manager.url, editor, 'Sảnh');

  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', video.id);
  const started = Date.now();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', after.id, { timeout: 20_000 });
  // The planned 3 s, or the 2 s clip, and the 5 s margin: about 8 s.
  expect(Date.now() - started).toBeGreaterThan(6000);
});
