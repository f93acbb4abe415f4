import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeAll(async () => {
  manager = await startManager({ demo: true });
});

test.afterAll(async () => {
  await manager?.dispose();
});

async function openHolidays(page: Page): Promise<void> {
  await page.goto(`${manager.url}/admin/#/dashboard`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Ngày nghỉ lễ' }).click();
  await expect(page.getByRole('heading', { name: 'Ngày nghỉ lễ', exact: true })).toBeVisible();
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('an admin sees the shipped holidays, adds, renames, imports and deletes', async ({ page }) => {
  await openHolidays(page);
  await expect(row(page, 'Giỗ Tổ Hùng Vương').first()).toBeVisible();

  await page.getByLabel('Ngày', { exact: false }).first().fill('2027-09-06');
  await page.getByLabel('Tên ngày lễ').fill('Nghỉ bù Quốc khánh');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(row(page, 'Nghỉ bù Quốc khánh')).toBeVisible();

  await row(page, 'Nghỉ bù Quốc khánh').getByRole('button', { name: 'Sửa' }).click();
  await page.getByLabel('Tên ngày lễ').fill('Nghỉ bù 2/9');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(row(page, 'Nghỉ bù 2/9')).toBeVisible();

  await page.getByLabel('Tệp lịch (.ics) hoặc CSV').setInputFiles({
    name: 'nghi-bu.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Ngày,Tên\n07/09/2027,Nghỉ bù thêm\n'),
  });
  await expect(page.getByRole('status')).toContainText('Đã thêm 1 ngày');
  await expect(row(page, 'Nghỉ bù thêm')).toBeVisible();

  await page.getByLabel('Tệp lịch (.ics) hoặc CSV').setInputFiles({
    name: 'hong.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from('not a calendar'),
  });
  await expect(page.getByText('Dòng 1:')).toBeVisible();

  page.once('dialog', (dialog) => dialog.accept());
  await row(page, 'Nghỉ bù thêm').getByRole('button', { name: 'Xoá' }).click();
  await expect(row(page, 'Nghỉ bù thêm')).toHaveCount(0);
});

test('a schedule entry offers the holiday modes, "not on holidays" first for a playlist', async ({
  page,
}) => {
  await openHolidays(page);
  await page.goto(`${manager.url}/admin/#/schedules/new`);
  const select = page.getByRole('combobox', { name: 'Ngày nghỉ lễ' });
  await expect(select).toHaveValue('skip');
  await select.selectOption('only');
  await expect(select).toHaveValue('only');
});
