import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import {
  messageSlide,
  openPairedPlayer,
  playlistOf,
  setDefaultPlaylist,
} from '../helpers/player-scenario.js';

// Two manager starts and a stop: slow on a loaded machine, whatever the player does.
test.describe.configure({ timeout: 90_000 });

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

test('screens connected through a manager restart reconnect and show the next change', async ({
  browser,
}) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slide = await messageSlide(editor, 'Trước khi khởi động lại');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mặc định', [slide], 5)).id);
  // Two screens: two browser profiles, each with its own token and storage.
  const screens = await Promise.all(
    ['Quầy 1', 'Quầy 2'].map(async (name) => {
      const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
      const page = await context.newPage();
      // Time flows, but the test may move it on to skip the reconnection backoff.
      await page.clock.install({ time: Date.now() });
      await openPairedPlayer(page, manager.url, editor, name);
      await expect(page.getByText('Trước khi khởi động lại')).toBeVisible();
      return page;
    }),
  );

  await manager.stop();
  await manager.start();
  const editorAgain = await EditorClient.signIn(manager.url);
  await editorAgain.put(`/api/slides/${slide.id}`, {
    kind: 'message',
    title: 'Sau khi khởi động lại',
    heading: 'Sau khi khởi động lại',
  });

  for (const page of screens) {
    await expect
      .poll(
        async () => {
          await page.clock.fastForward(2_000);
          return page.getByText('Sau khi khởi động lại').isVisible();
        },
        { intervals: [100] },
      )
      .toBe(true);
  }
  await Promise.all(screens.map((page) => page.context().close()));
});
