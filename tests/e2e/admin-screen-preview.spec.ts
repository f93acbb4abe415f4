import AxeBuilder from '@axe-core/playwright';
import type { ScreenStatus } from '@bangtin/shared';
import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { pairScreen } from '../helpers/pair-screen.js';
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

/**
 * A simulated screen (paired through the API, no player) on the side-panel template: the main
 * zone plays "Chính", the side zone "Bên", the panel the queue.
 */
async function sidePanelScreen() {
  const editor = await EditorClient.signIn(manager.url);
  const main = [await messageSlide(editor, 'Chính một'), await messageSlide(editor, 'Chính hai')];
  const side = [await messageSlide(editor, 'Bên một')];
  const mainPlaylist = await playlistOf(editor, 'Chính', main, 10);
  const sidePlaylist = await playlistOf(editor, 'Bên', side, 10);
  await setDefaultPlaylist(editor, mainPlaylist.id);
  const { token, screenId } = await pairScreen(manager.url, editor, 'Sảnh chờ');
  const screen = await editor.get<Record<string, unknown>>(`/api/screens/${screenId}`);
  const { id: _id, paired: _p, lastSeenAt: _s, manifestVersion: _v, ...input } = screen;
  await editor.put(`/api/screens/${screenId}`, {
    ...input,
    layout: 'side-panel',
    zones: {
      side: { kind: 'playlist', playlistId: sidePlaylist.id },
      panel: { kind: 'queue', counters: [] },
    },
  });
  const beat = (slideId: string, page: number) =>
    heartbeat(token, { slideId, playlistId: mainPlaylist.id, state: 'playing', page });
  return { screenId, main, beat };
}

async function heartbeat(token: string, showing: object): Promise<void> {
  const response = await fetch(`${manager.url}/api/device/heartbeat`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      manifestVersion: null,
      appVersion: 'e2e',
      showing,
      storage: null,
      uptimeSeconds: 60,
    }),
  });
  expect(response.status).toBeLessThan(300);
}

async function openScreenPage(page: Page, screenId: string): Promise<void> {
  await page.goto(`${manager.url}/admin/#/screens/${screenId}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Sửa màn hình' })).toBeVisible();
}

test("the screen page draws its side-panel template with each zone's content", async ({ page }) => {
  manager = await startManager();
  const { screenId } = await sidePanelScreen();
  await openScreenPage(page, screenId);

  const preview = page.frameLocator('[data-testid="layout-preview"] iframe');
  await expect(preview.locator('player-layout-full > player-stage')).toContainText('Chính một');
  await expect(preview.locator('player-zone[data-zone="side"]')).toContainText('Bên một');
  await expect(preview.locator('player-zone[data-zone="panel"]')).toContainText('1023');
  const frame = page.locator('[data-testid="layout-preview"] iframe');
  const box = await frame.evaluate((el) => el.getBoundingClientRect());
  expect(box.width / box.height).toBeCloseTo(16 / 9, 1);

  // The form's choice shows before saving: the full template has no side zone.
  await page.getByLabel('Bố cục', { exact: true }).selectOption('full');
  await expect(preview.locator('player-zone')).toHaveCount(0);
  await expect(preview.locator('player-layout-full > player-stage')).toContainText('Chính một');

  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
});

test("a schedule entry's own template is drawn with its zones as they are chosen", async ({
  page,
}) => {
  manager = await startManager();
  await sidePanelScreen();
  await page.goto(`${manager.url}/admin/#/schedules/new`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('combobox', { name: 'Danh sách phát' }).selectOption({ label: 'Chính' });
  await page.getByLabel('Bố cục khi mục này phát').selectOption('queue-band');
  await page.getByLabel('Dải dưới').selectOption({ label: 'Gọi số (hàng đợi)' });

  const preview = page.frameLocator('[data-testid="layout-preview"] iframe');
  await expect(preview.locator('player-layout-full > player-stage')).toContainText('Chính một');
  await expect(preview.locator('player-zone[data-zone="band"]')).toContainText('1023');
  const frame = page.locator('[data-testid="layout-preview"] iframe');
  const box = await frame.evaluate((el) => el.getBoundingClientRect());
  expect(box.height / box.width).toBeCloseTo(16 / 9, 1);
});

test('a heartbeat changes what the screen page and the dashboard show as on screen', async ({
  page,
}) => {
  manager = await startManager();
  const { screenId, main, beat } = await sidePanelScreen();
  await beat(main[0]!.id, 0);
  await openScreenPage(page, screenId);

  const now = page.frameLocator('[data-testid="now-showing"] iframe');
  const stage = now.locator('player-layout-full > player-stage');
  await expect(stage).toContainText('Chính một');
  await expect(now.locator('player-zone[data-zone="side"]')).toContainText('Bên một');
  await expect(page.getByTestId('now-showing-seen')).toContainText('Báo cáo lúc');

  // Live, without reloading: the next heartbeat arrives through the monitor's feed.
  await beat(main[1]!.id, 1);
  await expect(stage).toContainText('Chính hai');
  await expect(page.getByTestId('now-showing-what')).toContainText('Chính hai, trang 2');

  await page.goto(`${manager.url}/admin/#/dashboard`);
  await page.getByText('Xem màn hình').click();
  const small = page.frameLocator('[data-testid="now-showing"] iframe');
  await expect(small.locator('player-layout-full > player-stage')).toContainText('Chính hai');
  await beat(main[0]!.id, 0);
  await expect(small.locator('player-layout-full > player-stage')).toContainText('Chính một');

  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
});

test('a silent screen shows when it was last seen, with what it showed then', async ({ page }) => {
  test.setTimeout(120_000);
  manager = await startManager({ env: { OFFLINE_AFTER_SECONDS: '30' } });
  const { screenId, main, beat } = await sidePanelScreen();
  await beat(main[1]!.id, 0);
  await openScreenPage(page, screenId);
  const seen = page.getByTestId('now-showing-seen');
  await expect(seen).toContainText('Báo cáo lúc');

  // The monitor judges the silence and says so on the live feed: no reload.
  await expect(seen).toContainText(
    /Mất kết nối\s+·\s+liên lạc lần cuối \d\d:\d\d \d\d\/\d\d\/\d{4}/,
    { timeout: 75_000 },
  );
  const now = page.frameLocator('[data-testid="now-showing"] iframe');
  await expect(now.locator('player-layout-full > player-stage')).toContainText('Chính hai');
});

test("a real player's heartbeat reports the slide and page it shows", async ({ page, context }) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slide = await messageSlide(editor, 'Giờ làm việc');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Một trang', [slide], 30)).id);
  const player = await context.newPage();
  const { screenId } = await openPairedPlayer(player, manager.url, editor, 'Quầy 1');

  // The first heartbeat goes 5 s after the player starts.
  await expect
    .poll(async () => {
      const { items } = await editor.get<{ items: ScreenStatus[] }>('/api/monitoring/screens');
      return items.find((item) => item.id === screenId)?.showing;
    })
    .toMatchObject({ slide: { id: slide.id }, page: 0 });
  await openScreenPage(page, screenId);
  const now = page.frameLocator('[data-testid="now-showing"] iframe');
  await expect(now.locator('player-layout-full > player-stage')).toContainText('Giờ làm việc');
});
