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
  const { screenId } = await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  await waitForServiceWorker(page);
  return { editor, slide, screenId };
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

test('site data cleared: the kiosk URL brings the token back, and the screen plays again with no one claiming a code', async ({
  page,
}) => {
  const { editor, slide, screenId } = await playingScreen(page);
  const { url } = await editor.post<{ url: string }>(`/api/screens/${screenId}/kiosk-link`, {});
  // The kiosk's launch command: the first start with the link, content on screen. (A blank page
  // in between, as a browser start is: the link differs from the page only in its fragment.)
  await page.goto('about:blank');
  await page.goto(url);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', slide.id);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(manager.url).origin,
    storageTypes: 'all',
  });
  // Every state the screen shows from the first script on, as the kiosk starts again.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statesSeen: string[] }).statesSeen = seen;
    new MutationObserver(() => {
      const state = document.querySelector('player-app')?.getAttribute('data-state') ?? 'none';
      if (seen.at(-1) !== state) seen.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto('about:blank');
  await page.goto(url);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', slide.id, { timeout: 30_000 });
  const states = await page.evaluate(
    () => (window as unknown as { statesSeen: string[] }).statesSeen,
  );
  expect(states.filter((state) => state !== 'none')).toEqual(['syncing', 'playing']);
  expect(page.url()).not.toContain('token');
});

test('site data cleared on a screen started without a token: it shows a pairing code, never a blank page, and plays once claimed', async ({
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
