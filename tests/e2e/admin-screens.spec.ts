import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

test('an editor pairs a screen by the code it shows', async ({ page, context }) => {
  const screen = await context.newPage();
  await screen.goto(`${manager.url}/`);
  await expect(screen.locator('[data-state="unpaired"]')).toBeVisible();
  const code = ((await screen.getByTestId('pairing-code').textContent()) ?? '').replace(/\D/g, '');
  expect(code).toMatch(/^\d{6}$/);

  await page.goto(`${manager.url}/admin/#/screens`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mã ghép nối').fill(code);
  await page.getByLabel('Tên màn hình').fill('Quầy tiếp nhận số 1');
  await page.getByRole('button', { name: 'Ghép nối', exact: true }).click();

  await expect(page.getByRole('status')).toContainText(
    'Đã ghép nối màn hình "Quầy tiếp nhận số 1"',
  );
  await expect(page.getByRole('link', { name: 'Quầy tiếp nhận số 1' })).toBeVisible();
  await expect(screen.locator('[data-state="unpaired"]')).toHaveCount(0);
});

test('a code nobody shows is refused next to the code field', async ({ page }) => {
  await page.goto(`${manager.url}/admin/#/screens`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mã ghép nối').fill('000000');
  await page.getByRole('button', { name: 'Ghép nối', exact: true }).click();
  await expect(page.getByLabel('Mã ghép nối')).toHaveAccessibleDescription(/mã đã hết hạn/);
});

test('identify and reload are sent to a screen, and say so', async ({ page, context }) => {
  const player = await context.newPage();
  await player.goto(`${manager.url}/`);
  const code = ((await player.getByTestId('pairing-code').textContent()) ?? '').replace(/\D/g, '');
  await page.goto(`${manager.url}/admin/#/screens`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mã ghép nối').fill(code);
  await page.getByLabel('Tên màn hình').fill('Quầy 2');
  await page.getByRole('button', { name: 'Ghép nối', exact: true }).click();

  await page.getByRole('button', { name: 'Cho màn hình Quầy 2 hiện tên' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sẽ hiện tên' })).toBeVisible();
  await page.getByRole('link', { name: 'Quầy 2' }).click();
  await page.getByRole('button', { name: 'Tải lại màn hình Quầy 2' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sẽ tải lại' })).toBeVisible();
});

test("a screen's own ticker speed and crossfade are kept, and can follow the agency again", async ({
  page,
  context,
}) => {
  const player = await context.newPage();
  await player.goto(`${manager.url}/`);
  const code = ((await player.getByTestId('pairing-code').textContent()) ?? '').replace(/\D/g, '');
  await page.goto(`${manager.url}/admin/#/screens`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mã ghép nối').fill(code);
  await page.getByLabel('Tên màn hình').fill('Quầy 3');
  await page.getByRole('button', { name: 'Ghép nối', exact: true }).click();

  const speed = page.getByLabel('Tốc độ chữ chạy (ký tự/giây)');
  const fade = page.getByLabel('Chuyển cảnh mờ dần giữa các trang');
  await page.getByRole('link', { name: 'Quầy 3' }).click();
  await expect(speed).toHaveValue('');
  await expect(fade).toHaveValue('');
  await speed.selectOption('2.5');
  await fade.selectOption({ label: 'Tắt' });
  await page.getByRole('button', { name: 'Lưu' }).click();

  await page.getByRole('link', { name: 'Quầy 3' }).click();
  await expect(speed).toHaveValue('2.5');
  await expect(fade).toHaveValue('off');
  await speed.selectOption({ label: 'Theo cài đặt chung' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('link', { name: 'Quầy 3' }).click();
  await expect(speed).toHaveValue('');
  await expect(fade).toHaveValue('off');
});
