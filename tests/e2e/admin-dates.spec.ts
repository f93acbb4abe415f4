import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeAll(async () => {
  manager = await startManager();
});

test.afterAll(async () => {
  await manager?.dispose();
});

// The browser's own date input follows the system locale (mm/dd/yyyy on an en-US machine).
test.use({ locale: 'en-US' });

async function signIn(page: Page, route: string): Promise<void> {
  await page.goto(`${manager.url}/admin/#/${route}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
}

test('a day is typed and shown day first, whatever the system locale', async ({ page }) => {
  await signIn(page, 'schedules/new');
  const from = page.getByLabel('Từ ngày');
  await expect(from).toHaveAttribute('placeholder', 'nn/tt/nnnn');
  await from.fill('2/9/2027');
  await from.blur();
  await expect(from).toHaveValue('02/09/2027');
  await from.fill('31/02/2027');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('#startDate-error, [id$="Date-error"]').first()).toBeVisible();
});

test('the calendar beside a day field picks a day and closes', async ({ page }) => {
  await signIn(page, 'schedules/new');
  const from = page.getByLabel('Từ ngày');
  await from.fill('15/03/2027');
  await page.locator('.day-input', { has: from }).getByRole('button').click();
  const calendar = page.getByRole('dialog', { name: /tháng 3.*2027/i });
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole('button', { name: '15/03/2027' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await calendar.getByRole('button', { name: 'Tháng sau' }).click();
  await page.getByRole('button', { name: '01/04/2027' }).click();
  await expect(calendar).toBeHidden();
  await expect(from).toHaveValue('01/04/2027');
});
