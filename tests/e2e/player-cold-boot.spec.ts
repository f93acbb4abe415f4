import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../helpers/chromium.js';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { shownSlide } from '../helpers/player-page.js';
import {
  type Created,
  messageSlide,
  openPairedPlayer,
  playlistOf,
  setDefaultPlaylist,
  uploadFixture,
  waitForServiceWorker,
} from '../helpers/player-scenario.js';

// Two browser starts, a manager start and stop per test: slow on a loaded machine.
test.describe.configure({ timeout: 90_000 });

let manager: ManagerProcess;
let profile: string;
let context: BrowserContext | undefined;

test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'bang-tin-profile-'));
});

test.afterEach(async () => {
  await context?.close();
  context = undefined;
  await manager?.dispose();
  rmSync(profile, { recursive: true, force: true });
});

const launch = () =>
  chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    viewport: { width: 1280, height: 720 },
  });

/** A default playlist and a scheduled one (all day, every day) with a picture in it. */
async function scheduledContent(
  editor: EditorClient,
): Promise<{ fallback: Created; image: Created }> {
  const fallback = await messageSlide(editor, 'Danh sách mặc định');
  const png = await uploadFixture(manager.url, 'slide.png');
  const image = await editor.post<Created>('/api/slides', {
    kind: 'image',
    title: 'Ảnh theo lịch',
    mediaSha256: png.sha256,
  });
  const notice = await messageSlide(editor, 'Theo lịch');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mặc định', [fallback], 4)).id);
  const scheduled = await playlistOf(editor, 'Theo lịch', [image, notice], 2);
  await editor.post('/api/schedules', { name: 'Cả ngày', playlistId: scheduled.id, priority: 5 });
  return { fallback, image };
}

/** Plays online until the service worker controls the page, then switches the browser off. */
async function playOnceOnline(editor: EditorClient, image: Created): Promise<void> {
  context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await openPairedPlayer(page, manager.url, editor, 'Quầy 1');
  await waitForServiceWorker(page);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', image.id);
  await context.close();
  context = undefined;
}

test('a screen switched on with the manager unreachable plays its scheduled slides from the cache', async () => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const { image } = await scheduledContent(editor);
  await playOnceOnline(editor, image);

  await manager.stop();
  context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(manager.url);

  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', image.id);
  const picture = shownSlide(page).locator('img');
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expect(page.getByText('Theo lịch', { exact: true })).toBeVisible();
});

test('a screen whose clock woke up in 1970 with no network plays the default playlist', async () => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const { fallback, image } = await scheduledContent(editor);
  await playOnceOnline(editor, image);

  await manager.stop();
  context = await launch();
  await context.clock.install({ time: Date.UTC(1970, 0, 1, 8) });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(manager.url);

  await expect(page.locator('player-app[data-state="playing"]')).toBeVisible();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', fallback.id);
});
