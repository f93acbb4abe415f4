import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeAll(async () => {
  manager = await startManager({ demo: true });
});

test.afterAll(async () => {
  await manager?.dispose();
});

const PAGES = [
  ['dashboard', 'Bảng điều khiển'],
  ['slides', 'Trang trình chiếu'],
  ['slides/new/message', 'Trang trình chiếu mới'],
  ['media', 'Thư viện media'],
  ['procedures', 'Thủ tục hành chính'],
  ['procedures/import', 'Nhập thủ tục từ CSV / Excel'],
  ['hotlines', 'Đường dây nóng'],
  ['playlists', 'Danh sách phát'],
  ['playlists/new', 'Danh sách phát mới'],
  ['schedules', 'Lịch phát'],
  ['screens', 'Màn hình'],
  ['settings', 'Cài đặt'],
] as const;

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto(`${manager.url}/admin/`);
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
});

for (const [route, heading] of PAGES) {
  test(`the ${route} page has no serious accessibility violations`, async ({ page }) => {
    await page.goto(`${manager.url}/admin/#/${route}`);
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(page.getByText('Đang tải…')).toHaveCount(0);
    // The preview iframe is the player's own page, checked by the player's tests.
    const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });
}
