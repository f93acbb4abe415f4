import { expect, type Response, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { shownSlide } from '../helpers/player-page.js';
import {
  type Created,
  openPairedPlayer,
  playlistOf,
  setDefaultPlaylist,
  uploadFixture,
  waitForServiceWorker,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

test('a cached video seeks and loops from the service worker with the manager stopped', async ({
  page,
}) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const clip = await uploadFixture(manager.url, 'clip.webm');
  const video = await editor.post<Created>('/api/slides', {
    kind: 'video',
    title: 'Phim',
    mediaSha256: clip.sha256,
  });
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Phim', [video], 600)).id);
  await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  await waitForServiceWorker(page);

  // From now on the page is controlled from its first request.
  const mediaResponses: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/media/')) mediaResponses.push(response);
  });
  await page.reload();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', video.id);
  await expect(page.locator('video')).toHaveAttribute('crossorigin', 'anonymous');
  await manager.stop();

  await page.locator('video').evaluate((element: HTMLVideoElement) => {
    const watch = { seeked: false, looped: false, last: 0 };
    (window as unknown as { videoWatch: typeof watch }).videoWatch = watch;
    element.addEventListener('seeked', () => {
      watch.seeked = true;
    });
    element.addEventListener('timeupdate', () => {
      if (watch.seeked && element.currentTime + 0.5 < watch.last) watch.looped = true;
      watch.last = element.currentTime;
    });
    element.currentTime = 1.2;
  });
  const watched = () =>
    page.evaluate(() => (window as unknown as { videoWatch: Record<string, boolean> }).videoWatch);
  await expect.poll(async () => (await watched()).seeked).toBe(true);
  await expect.poll(async () => (await watched()).looped).toBe(true);

  expect(mediaResponses.length).toBeGreaterThan(0);
  for (const response of mediaResponses) {
    expect(response.fromServiceWorker()).toBe(true);
    expect([200, 206]).toContain(response.status());
  }
  const ranged = mediaResponses.filter((response) => response.status() === 206);
  for (const response of ranged) {
    expect(await response.headerValue('content-range')).toMatch(/^bytes \d+-\d+\/\d+$/);
  }

  // A range past the end names the file size, as the manager's own answer does.
  const beyond = await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Range: 'bytes=999999999-' } });
    return { status: response.status, range: response.headers.get('content-range') };
  }, `/media/${clip.sha256}`);
  expect(beyond).toEqual({ status: 416, range: `bytes */${clip.bytes}` });
});
