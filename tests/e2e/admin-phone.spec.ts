import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeAll(async () => {
  manager = await startManager({ demo: true });
});

test.afterAll(async () => {
  await manager?.dispose();
});

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const PAGES = [
  'dashboard',
  'approvals',
  'slides',
  'slides/new/message',
  'slides/new/image',
  'slides/new/video',
  'slides/new/procedures',
  'slides/new/hotlines',
  'slides/new/qr',
  'slides/new/figures',
  'slides/pdf',
  'media',
  'procedures',
  'procedures/new',
  'procedures/import',
  'hotlines',
  'playlists',
  'playlists/new',
  'schedules',
  'schedules/new',
  'screens',
  'settings',
  'holidays',
  'users',
  'users/new',
  'groups',
  'audit',
  'reports',
  'queue',
] as const;

async function signIn(page: Page, route: string): Promise<void> {
  await page.goto(`${manager.url}/admin/#/${route}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeAttached();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
}

/** How far the page reaches past the viewport's right edge, in CSS pixels. */
function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test('the sign-in page fits a 390 px phone', async ({ page }) => {
  await page.goto(`${manager.url}/admin/`);
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

for (const route of PAGES) {
  test(`the ${route} page has no sideways scroll at 390 px`, async ({ page }) => {
    await signIn(page, route);
    await page.waitForTimeout(300);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}

test('on a phone the menu opens, navigates and closes, and "Đăng xuất" is on screen', async ({
  page,
}) => {
  await signIn(page, 'dashboard');
  const signOut = page.getByRole('button', { name: 'Đăng xuất' });
  await expect(signOut).toBeInViewport({ ratio: 1 });
  const nav = page.getByRole('navigation', { name: 'Mục chính' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Danh mục' }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Lịch phát' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch phát', exact: true })).toBeFocused();
  await expect(nav).toBeHidden();
});

test("a screen's page has no sideways scroll at 390 px", async ({ page }) => {
  await signIn(page, 'screens');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test('the skip link leads past the menu to the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'slides');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua phần điều hướng' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => {
    const shell = document.querySelector('admin-app')?.shadowRoot?.querySelector('app-shell');
    return shell?.shadowRoot?.activeElement?.tagName;
  });
  expect(focused).toBe('MAIN');
});

test('the dashboard guides a new office through its first steps', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'dashboard');
  const guide = page.getByRole('region', { name: 'Bắt đầu sử dụng' });
  await expect(guide).toBeVisible();
  await expect(guide.getByText('Còn 5 / 5 bước')).toBeVisible();
  await expect(guide.getByTestId('player-url')).toHaveText(`${manager.url}/`);
  await guide.getByRole('link', { name: 'Đặt tên cơ quan, dòng phụ đề và dòng chữ chạy' }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt', exact: true })).toBeVisible();
});

test("a screen's page gives the kiosk link that plays it", async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'screens');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Tạo liên kết kiosk' }).click();
  const url = await page.getByLabel('Liên kết', { exact: true }).inputValue();
  expect(url).toMatch(new RegExp(`^${manager.url}/#token=[\\w-]+$`));
  const player = await context.newPage();
  await player.goto(url);
  await expect(player.locator('player-app')).toBeAttached();
  const manifest = await player.evaluate(async (link) => {
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token');
    return (await fetch('/api/device/manifest', { headers: { authorization: `Bearer ${token}` } }))
      .status;
  }, url);
  expect(manifest).toBe(200);
});
