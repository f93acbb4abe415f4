/**
 * Takes the README's screenshots from a real manager with demo content:
 *   npx tsx scripts/take-screenshots.ts
 * Admin pages at 1366×768 (docs/screenshots/admin-*.png) and the demo screen's player in both
 * orientations (player-landscape.png, player-portrait.png), the side-panel template with the queue
 * zone calling numbers (player-side-panel.png), what that screen shows drawn on its admin page
 * (admin-screen-now.png) and the admin on a phone (admin-phone.png). Needs
 * `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/helpers/chromium.js';
import { ADMIN_PASSWORD, startManager } from '../tests/helpers/manager-process.js';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

/** Route, file name, and a visible heading that says the page has loaded. */
const ADMIN_PAGES = [
  ['dashboard', 'dashboard', 'Bảng điều khiển'],
  ['slides', 'slides', 'Trang trình chiếu'],
  ['media', 'media', 'Kho ảnh và video'],
  ['procedures', 'procedures', 'Thủ tục hành chính'],
  ['playlists', 'playlists', 'Danh sách phát'],
  ['schedules', 'schedule-week', 'Lịch phát'],
  ['screens', 'screens', 'Màn hình'],
] as const;

async function settle(page: Page): Promise<void> {
  await page
    .getByText('Đang tải…')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function shootAdmin(page: Page, url: string): Promise<void> {
  for (const [route, file, heading] of ADMIN_PAGES) {
    await page.goto(`${url}/admin/#/${route}`);
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    await settle(page);
    await page.screenshot({ path: join(OUT, `admin-${file}.png`) });
  }
  // The slide editor beside its live preview (the real player in an iframe).
  await page.goto(`${url}/admin/#/slides`);
  await page.getByRole('heading', { name: 'Trang trình chiếu', exact: true }).waitFor();
  await settle(page);
  await page.locator('table a').first().click();
  await page.getByRole('heading', { name: 'Sửa trang trình chiếu' }).waitFor();
  await settle(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(OUT, 'admin-slide-editor.png') });
}

/** A photo in the library, used by a slide, so that the media page shows what it is for. */
async function addDemoImage(page: Page, url: string, file: string): Promise<void> {
  // Writes carry the admin's origin, as the browser's own requests do.
  const headers = { origin: url };
  const upload = await page.request.post(`${url}/api/media`, {
    headers,
    multipart: {
      file: { name: 'anh-sanh-cho.png', mimeType: 'image/png', buffer: readFileSync(file) },
    },
  });
  const media = (await upload.json()) as { sha256: string };
  await page.request.post(`${url}/api/slides`, {
    headers,
    data: {
      kind: 'image',
      title: 'Ảnh sảnh chờ',
      mediaSha256: media.sha256,
      caption: 'Khu vực chờ, tầng 1',
    },
  });
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/admin/`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Bảng điều khiển' }).waitFor();
}

async function shootPlayer(page: Page, link: string, file: string): Promise<void> {
  await page.goto(link);
  await page.locator('[data-state="playing"]').waitFor({ timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(2000);
  await page.screenshot({ path: join(OUT, file) });
}

/**
 * The demo screen on the side-panel template (the office-hours look, whatever the day): the loop,
 * the queue zone just after a call, and the key figures under it, as the demo's office hours have it.
 */
async function shootSidePanel(
  admin: Page,
  browser: Browser,
  url: string,
  screen: Record<string, unknown>,
  link: string,
): Promise<void> {
  const headers = { origin: url };
  const { id, paired: _p, lastSeenAt: _l, manifestVersion: _m, ...input } = screen;
  const { items: playlists } = (await (
    await admin.request.get(`${url}/api/playlists`, { headers })
  ).json()) as { items: { id: string; name: string }[] };
  const figures = playlists.find((playlist) => playlist.name === 'Số liệu bên cạnh');
  if (!figures) throw new Error('the demo has no key-figures playlist');
  await admin.request.put(`${url}/api/screens/${id}`, {
    headers,
    data: {
      ...input,
      orientation: 'landscape',
      layout: 'side-panel',
      zones: {
        side: { kind: 'queue', counters: [] },
        panel: { kind: 'playlist', playlistId: figures.id },
      },
    },
  });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(link);
  await page.getByText('Chưa có số nào được gọi').waitFor({ timeout: 30_000 });
  for (const [number, counter] of [
    ['1021', '1'],
    ['1022', '2'],
    ['1023', '3'],
  ]) {
    await admin.request.post(`${url}/api/queue/calls`, { headers, data: { number, counter } });
  }
  await page.getByTestId('queue-call').getByText('1023').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, 'player-side-panel.png') });
  // The screen's page in the admin, drawing what that screen reported it shows (first heartbeat
  // 5 s after start).
  await page.waitForTimeout(6_000);
  await admin.goto(`${url}/admin/#/screens/${id}`);
  const now = admin.getByRole('region', { name: 'Đang phát trên màn hình' });
  await now.waitFor();
  await settle(admin);
  await admin.waitForTimeout(2_000);
  await now.scrollIntoViewIfNeeded();
  await now.screenshot({ path: join(OUT, 'admin-screen-now.png') });
}

const manager = await startManager({ demo: true });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const admin = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await signIn(admin, manager.url);
  const token = readFileSync(join(manager.dataDir, 'demo-screen.token'), 'utf8').trim();
  const link = `${manager.url}/#token=${token}`;
  const landscape = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await shootPlayer(landscape, link, 'player-landscape.png');
  await addDemoImage(admin, manager.url, join(OUT, 'player-landscape.png'));
  await shootAdmin(admin, manager.url);
  // The same demo screen, turned upright: the player lays itself out from its manifest.
  const screens = await admin.request.get(`${manager.url}/api/screens`);
  const [screen] = ((await screens.json()) as { items: Record<string, unknown>[] }).items;
  if (screen) {
    const { id, paired: _p, lastSeenAt: _l, manifestVersion: _m, ...input } = screen;
    await admin.request.put(`${manager.url}/api/screens/${id}`, {
      headers: { origin: manager.url },
      data: { ...input, orientation: 'portrait' },
    });
  }
  const portrait = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await shootPlayer(portrait, link, 'player-portrait.png');
  // A screen holds a few event streams at most: the earlier pages step aside.
  await landscape.close();
  await portrait.close();
  if (screen) await shootSidePanel(admin, browser, manager.url, screen, link);
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await signIn(phone, manager.url);
  await settle(phone);
  await phone.screenshot({ path: join(OUT, 'admin-phone.png') });
} finally {
  await browser.close();
  await manager.dispose();
}
