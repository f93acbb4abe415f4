import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
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

/** A screen on the side-panel template: `side` loops its own playlist, `panel` shows the queue. */
async function zonedScreen(page: Page) {
  const editor = await EditorClient.signIn(manager.url);
  const main = await playlistOf(
    editor,
    'Chính',
    [await messageSlide(editor, 'Chính một'), await messageSlide(editor, 'Chính hai')],
    4,
  );
  const side = await playlistOf(
    editor,
    'Bên',
    [await messageSlide(editor, 'Bên một'), await messageSlide(editor, 'Bên hai')],
    3,
  );
  await setDefaultPlaylist(editor, main.id);
  const { screenId } = await openPairedPlayer(page, manager.url, editor, 'Sảnh');
  const screen = await editor.get<Record<string, unknown>>(`/api/screens/${screenId}`);
  const { id: _id, paired: _p, lastSeenAt: _s, manifestVersion: _v, ...input } = screen;
  await editor.put(`/api/screens/${screenId}`, {
    ...input,
    layout: 'side-panel',
    zones: {
      side: { kind: 'playlist', playlistId: side.id },
      panel: { kind: 'queue', counters: [] },
    },
  });
  return { editor, screenId };
}

const mainStage = (page: Page) => page.locator('player-layout-full > player-stage');
const zone = (page: Page, name: string) => page.locator(`player-zone[data-zone="${name}"]`);

test('a screen with a zone layout keeps every zone looping with the manager stopped', async ({
  page,
}) => {
  test.setTimeout(90_000);
  manager = await startManager();
  await zonedScreen(page);
  await expect(zone(page, 'side').getByText(/Bên (một|hai)/)).toBeVisible({ timeout: 20_000 });
  await waitForServiceWorker(page);

  await manager.stop();
  // Each zone keeps stepping through its own playlist, on its own timing.
  for (const heading of ['Chính một', 'Chính hai', 'Chính một']) {
    await expect(mainStage(page).getByText(heading)).toBeVisible({ timeout: 10_000 });
  }
  for (const heading of ['Bên một', 'Bên hai', 'Bên một']) {
    await expect(zone(page, 'side').getByText(heading)).toBeVisible({ timeout: 8_000 });
  }
  // The queue zone says it cannot show calls rather than showing old ones as current.
  await expect(zone(page, 'panel').getByTestId('queue-down')).toHaveText(
    'Không kết nối được – chưa hiển thị được số gọi',
  );
});

// Needs the queue API of the `queue-live` branch (POST /api/queue/calls, GET /api/device/queue).
test('a queue call shows at once on a screen with a queue zone, then in the list', async ({
  page,
}) => {
  manager = await startManager();
  const { editor } = await zonedScreen(page);
  const panel = zone(page, 'panel');
  await expect(panel.getByText('Chưa có số nào được gọi')).toBeVisible({ timeout: 20_000 });

  await editor.post('/api/queue/calls', { number: '1023', counter: '3' });
  const call = panel.getByTestId('queue-call');
  await expect(call).toBeVisible({ timeout: 1_000 });
  await expect(call).toContainText('1023');
  await expect(call).toContainText('đến quầy 3');
  await expect(call).toBeHidden({ timeout: 12_000 });
  await expect(panel.getByRole('listitem')).toHaveText(/Quầy 3\s*1023/);
});

test('a screen that starts with a queue zone shows the calls from its first manifest on', async ({
  page,
  browser,
}) => {
  manager = await startManager();
  const { editor, screenId } = await zonedScreen(page);
  await expect(zone(page, 'panel').getByText('Chưa có số nào được gọi')).toBeVisible({
    timeout: 20_000,
  });
  await editor.post('/api/queue/calls', { number: '2001', counter: '1' });
  // A browser with no stored manifest (a kiosk's first start): the stream comes up first.
  const { url } = await editor.post<{ url: string }>(`/api/screens/${screenId}/kiosk-link`, {});
  const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const kiosk = await fresh.newPage();
  await kiosk.goto(url);
  await expect(zone(kiosk, 'panel').getByRole('listitem')).toHaveText(/Quầy 1\s*2001/, {
    timeout: 20_000,
  });
  await fresh.close();
});
