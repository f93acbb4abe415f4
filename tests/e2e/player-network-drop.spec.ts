import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import {
  countStoredPlays,
  messageSlide,
  openPairedPlayer,
  playlistOf,
  queuedPlays,
  readStageWatch,
  setDefaultPlaylist,
  watchStage,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

test('playback goes on with no blank frame through a manager outage, and the plays made offline arrive once', async ({
  page,
}) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slides = [
    await messageSlide(editor, 'Một'),
    await messageSlide(editor, 'Hai'),
    await messageSlide(editor, 'Ba'),
  ];
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Vòng', slides, 5)).id);

  await page.clock.install({ time: Date.now() });
  const { screenId } = await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  // From here on, time moves only when the test says.
  await page.clock.pauseAt(Date.now() + 2_000);
  await watchStage(page);
  // Slides that ended before the watch began (time is stopped, so this holds still).
  const before = (await queuedPlays(page)) + countStoredPlays(manager.dataDir, screenId);

  await manager.stop();
  for (let step = 1; step <= 8; step++) {
    await page.clock.fastForward(5_000);
    await expect.poll(async () => (await readStageWatch(page)).swaps).toBe(step);
  }
  expect((await readStageWatch(page)).blanks).toBe(0);
  const offlinePlays = await queuedPlays(page);
  expect(offlinePlays).toBeGreaterThanOrEqual(8);

  await manager.start();
  // The event stream reconnects after its backoff, and the queue is sent on reconnection.
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(5_000);
        return countStoredPlays(manager.dataDir, screenId);
      },
      { intervals: [100], timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(before + offlinePlays);

  // With time stopped nothing new is played: every slide that ended is stored or still queued,
  // exactly once (polled, since an upload may be in flight).
  const { swaps, blanks } = await readStageWatch(page);
  expect(blanks).toBe(0);
  await expect
    .poll(async () => (await queuedPlays(page)) + countStoredPlays(manager.dataDir, screenId))
    .toBe(before + swaps);
});
