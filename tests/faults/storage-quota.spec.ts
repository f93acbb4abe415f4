import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { shownSlide } from '../helpers/player-page.js';
import {
  type Created,
  messageSlide,
  openPairedPlayer,
  playlistOf,
  reportedErrors,
  reportedVersion,
  setDefaultPlaylist,
  uploadFixture,
  waitForServiceWorker,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

const ORPHAN = '/media/orphan-from-an-old-version';

test('storage full while downloading a new version: the old one plays on, the manager hears why, and files no version needs are removed', async ({
  page,
}) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const old = await messageSlide(editor, 'Bản đang chạy');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Cũ', [old], 5)).id);
  await page.clock.install({ time: Date.now() });
  const { screenId } = await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  await waitForServiceWorker(page);
  const playing = () => reportedVersion(manager.dataDir, screenId);
  await expect.poll(playing).not.toBeNull();
  const before = await playing();
  // A file left by some earlier version, which no manifest names any more.
  await page.evaluate(async (url) => {
    const media = await caches.open('bang-tin-media-v1');
    await media.put(
      url,
      new Response(new Uint8Array(1_000), { headers: { 'Content-Type': 'image/png' } }),
    );
  }, new URL(ORPHAN, manager.url).href);

  // Room for a few more kilobytes, not for the 37 KB video of the next version.
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(manager.url).origin,
    quotaSize: usage + 8_000,
  });
  const clip = await uploadFixture(manager.url, 'clip.webm');
  const video = await editor.post<Created>('/api/slides', {
    kind: 'video',
    title: 'Phim',
    mediaSha256: clip.sha256,
  });
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mới', [video], 5)).id);

  await expect(page.getByTestId('status')).toHaveAttribute('title', /storage full/);
  await page.clock.runFor(70_000);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', old.id);
  await expect
    .poll(() => reportedErrors(manager.dataDir, screenId).some((e) => /storage full/.test(e)))
    .toBe(true);
  expect(reportedVersion(manager.dataDir, screenId)).toBe(before);
  const cached = await page.evaluate(async (sha) => {
    const names = await caches.keys();
    const found = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
    return found.flat().some((request) => request.url.includes(sha));
  }, clip.sha256);
  expect(cached).toBe(false);
  const orphanKept = await page.evaluate(
    async (url) => (await (await caches.open('bang-tin-media-v1')).match(url)) !== undefined,
    new URL(ORPHAN, manager.url).href,
  );
  expect(orphanKept).toBe(false);
});
