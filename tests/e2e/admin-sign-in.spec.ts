import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

async function fillSignIn(page: Page, password: string): Promise<void> {
  await page.goto(`${manager.url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test('an editor signs in and sees the dashboard', async ({ page }) => {
  await fillSignIn(page, ADMIN_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Màn hình', exact: true }),
  ).toBeVisible();
});

test('a wrong password is told in words and keeps the form', async ({ page }) => {
  await fillSignIn(page, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('Sai tên đăng nhập hoặc mật khẩu.');
  await expect(page.getByLabel('Mật khẩu')).toBeVisible();
});

test('signing out returns to the sign-in page, and a reload stays signed out', async ({ page }) => {
  await fillSignIn(page, ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible();
});

test('the English interface is remembered across reloads', async ({ page }) => {
  await fillSignIn(page, ADMIN_PASSWORD);
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Playlists' })).toBeVisible();
});
