import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { shownSlide } from '../helpers/player-page.js';
import {
  messageSlide,
  openPairedPlayer,
  playlistOf,
  setDefaultPlaylist,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

/** HH:MM in Asia/Ho_Chi_Minh (the screens' default zone) of an instant. */
function localTime(epochMs: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
}

/** A default playlist whose one slide lasts ten minutes: only a cut can end it during a test. */
async function longSlideScreen() {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const long = await messageSlide(editor, 'Slide dài mười phút');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mặc định', [long], 600)).id);
  const urgent = await messageSlide(editor, 'Thông báo khẩn');
  const urgentPlaylist = await playlistOf(editor, 'Khẩn', [urgent], 30);
  return { editor, long, urgent, urgentPlaylist };
}

/** Whether every pixel of the page is black, decoded in the page from a screenshot. */
async function isAllBlack(page: Page): Promise<boolean> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    // An <img>: the player's content policy allows data: images, not fetching them.
    const bitmap = new Image();
    bitmap.src = `data:image/png;base64,${data}`;
    await bitmap.decode();
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] !== 0 || pixels[i + 1] !== 0 || pixels[i + 2] !== 0) return false;
    }
    return true;
  }, png);
}

test('an urgent notice interrupts the current slide as soon as its manifest arrives', async ({
  page,
}) => {
  const { editor, long, urgent, urgentPlaylist } = await longSlideScreen();
  await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', long.id);

  await editor.post('/api/schedules', {
    name: 'Mất điện chiều nay',
    kind: 'interrupt',
    playlistId: urgentPlaylist.id,
  });
  // Ten seconds, against a slide that has most of its ten minutes left.
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', urgent.id, { timeout: 10_000 });
});

test('an urgent notice interrupts the current slide when its start time comes, offline', async ({
  page,
}) => {
  const { editor, long, urgent, urgentPlaylist } = await longSlideScreen();
  const now = Date.now();
  const boundary = Math.ceil((now + 60_000) / 60_000) * 60_000;
  await editor.post('/api/schedules', {
    name: 'Khẩn theo giờ',
    kind: 'interrupt',
    playlistId: urgentPlaylist.id,
    startTime: localTime(boundary),
    endTime: localTime(boundary + 30 * 60_000),
  });
  await page.clock.install({ time: now });
  await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', long.id);

  await manager.stop();
  // Time flowed since install: stop it five seconds before the notice.
  await page.clock.pauseAt(boundary - 5_000);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', long.id);
  await page.clock.fastForward(6_000);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', urgent.id);
});

test('a screen scheduled off shows pure black, then resumes when the off time ends', async ({
  page,
}) => {
  // Small, so that checking every pixel of each screenshot stays quick.
  await page.setViewportSize({ width: 640, height: 360 });
  const { editor, long } = await longSlideScreen();
  const now = Date.now();
  const boundary = Math.ceil((now + 60_000) / 60_000) * 60_000;
  await editor.post('/api/schedules', {
    name: 'Tắt màn hình',
    kind: 'off',
    startTime: localTime(boundary),
    endTime: localTime(boundary + 60_000),
  });
  await page.clock.install({ time: now });
  await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', long.id);
  expect(await isAllBlack(page)).toBe(false);

  // Offline, so that the manager's clock does not pull the moved-on page clock back.
  await manager.stop();
  await page.clock.pauseAt(boundary - 2_000);
  await page.clock.fastForward(3_000);
  await expect(page.locator('player-app[data-state="off"]')).toBeAttached();
  await expect.poll(() => isAllBlack(page)).toBe(true);
  // Still black a while later: nothing animates under it.
  await page.clock.fastForward(20_000);
  expect(await isAllBlack(page)).toBe(true);

  await page.clock.fastForward(40_000);
  await expect(page.locator('player-app[data-state="playing"]')).toBeAttached();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', long.id);
  expect(await isAllBlack(page)).toBe(false);
});
