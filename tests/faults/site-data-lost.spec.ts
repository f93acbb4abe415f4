import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { readPairingCode, shownSlide } from '../helpers/player-page.js';
import {
  messageSlide,
  openPairedPlayer,
  playlistOf,
  setDefaultPlaylist,
  waitForServiceWorker,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

/** A paired screen playing one message slide, its service worker in control. */
async function playingScreen(page: Page) {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slide = await messageSlide(editor, 'Nội dung');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mặc định', [slide], 5)).id);
  await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  await waitForServiceWorker(page);
  return { editor, slide };
}

test('an unreadable stored manifest at boot is downloaded again, with no one at the screen', async ({
  page,
}) => {
  const { slide } = await playingScreen(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bang-tin-player');
        open.onsuccess = () => {
          const put = open.result
            .transaction('settings', 'readwrite')
            .objectStore('settings')
            .put({ schemaVersion: 99, garbage: true }, 'manifest');
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      }),
  );
  await page.reload();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', slide.id);
});

test('site data cleared: the screen shows a pairing code, never a blank page, and plays once claimed', async ({
  page,
}) => {
  const { editor, slide } = await playingScreen(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(manager.url).origin,
    storageTypes: 'all',
  });
  await page.goto(manager.url);
  const code = await readPairingCode(page);
  await editor.post('/api/screens/pair', { code, name: 'Sảnh (lại)' });
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', slide.id, { timeout: 30_000 });
});
