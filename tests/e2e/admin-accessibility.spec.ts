import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
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
  ['approvals', 'Chờ duyệt'],
  ['slides', 'Trang trình chiếu'],
  ['slides/new/message', 'Trang trình chiếu mới'],
  ['slides/new/figures', 'Trang trình chiếu mới'],
  ['slides/new/video', 'Trang trình chiếu mới'],
  ['slides/pdf', 'Nhập trang chiếu từ PDF'],
  ['media', 'Kho ảnh và video'],
  ['procedures', 'Thủ tục hành chính'],
  ['procedures/import', 'Nhập thủ tục từ CSV / Excel'],
  ['hotlines', 'Đường dây nóng'],
  ['playlists', 'Danh sách phát'],
  ['playlists/new', 'Danh sách phát mới'],
  ['schedules', 'Lịch phát'],
  ['schedules/new', 'Thêm lịch phát'],
  ['procedures/new', 'Thêm thủ tục'],
  ['screens', 'Màn hình'],
  ['settings', 'Cài đặt'],
  ['holidays', 'Ngày nghỉ lễ'],
  ['users', 'Người dùng'],
  ['users/new', 'Thêm người dùng'],
  ['groups', 'Nhóm màn hình'],
  ['audit', 'Nhật ký'],
  ['reports', 'Báo cáo'],
  ['queue', 'Gọi số'],
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

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

async function signIn(page: Page, route: string): Promise<void> {
  await page.goto(`${manager.url}/admin/#/${route}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

test('the screen editor has no serious accessibility violations', async ({ page }) => {
  await signIn(page, 'screens');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Sửa màn hình' })).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('an urgent notice form and a selected week range have no serious violations', async ({
  page,
}) => {
  await signIn(page, 'schedules');
  const grid = page.getByRole('grid');
  await grid.locator('[tabindex="0"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+ArrowDown');
  await page.getByText('Chi tiết theo thời gian').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '+ Tạo lịch phát cho khung này' }).click();
  await page.getByLabel('Loại').selectOption('interrupt');
  await expect(page.getByTestId('interrupt-warning')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the one-step urgent notice form and a conflict explanation have no serious violations', async ({
  page,
}) => {
  await signIn(page, 'dashboard');
  await page.getByRole('button', { name: 'Phát thông báo khẩn' }).click();
  await expect(page.getByTestId('urgent-notice-form')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const prefill = encodeURIComponent('weekdays=1,2,3,4,5&startTime=07:30&endTime=11:30');
  await page.goto(`${manager.url}/admin/#/schedules/new/${prefill}`);
  await page.getByLabel('Tên *', { exact: true }).fill('Giờ mở cửa');
  await page.getByLabel('Danh sách phát').selectOption({ index: 1 });
  await expect(page.getByTestId('schedule-conflicts')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an import preview with bad rows has no serious violations', async ({ page }) => {
  await signIn(page, 'procedures/import');
  // The real-province case: mapped columns, left-out ones, a bad row and placeholder cells.
  await page
    .getByLabel('Tệp CSV hoặc XLSX')
    .setInputFiles(resolve(import.meta.dirname, '../fixtures/procedures-province.csv'));
  await expect(page.getByTestId('import-errors')).toBeVisible();
  await expect(page.getByTestId('import-placeholders')).toBeVisible();
  await expect(page.getByTestId('import-columns')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
