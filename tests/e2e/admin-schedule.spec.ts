import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager({ demo: true });
});

test.afterEach(async () => {
  await manager?.dispose();
});

async function signIn(page: Page, hash: string): Promise<void> {
  await page.goto(`${manager.url}/admin/${hash}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

test("the week view draws the demo screen's timeline in quarter hours", async ({ page }) => {
  await signIn(page, '#/schedules');
  const grid = page.getByRole('grid', { name: /^Lịch tuần của / });
  await expect(grid.getByRole('gridcell')).toHaveCount(7 * 96);
  // Monday 09:00 plays a scheduled playlist in the demo; every row says what plays.
  await expect(grid.locator('[data-day="0"][data-slot="36"]')).toHaveAttribute(
    'aria-label',
    /09:00: (?!Không phát gì)/,
  );
  await page.getByLabel('Mỗi hàng').selectOption({ label: '60 phút' });
  await expect(grid.getByRole('gridcell')).toHaveCount(7 * 24);
  await page.getByText('Chi tiết theo thời gian').click();
  await expect(
    page.getByRole('cell', { name: /Theo lịch|Danh sách mặc định/ }).first(),
  ).toBeVisible();
});

test('a range chosen with the keyboard opens a weekly entry for those days and hours', async ({
  page,
}) => {
  await signIn(page, '#/schedules');
  const grid = page.getByRole('grid', { name: /^Lịch tuần của / });
  await grid.locator('[tabindex="0"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('week-selection')).toHaveText('Thứ Hai, Thứ Ba, 08:00–08:30');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Thêm lịch phát' })).toBeVisible();
  await expect(page.getByLabel('Từ giờ')).toHaveValue('08:00');
  await expect(page.getByLabel('Đến giờ')).toHaveValue('08:30');
  await expect(page.getByLabel('Từ ngày')).toHaveValue('');
  await expect(page.getByLabel('Thứ Hai')).toBeChecked();
  await expect(page.getByLabel('Thứ Ba')).toBeChecked();
  await expect(page.getByLabel('Thứ Tư')).not.toBeChecked();
  await expect(page.getByLabel('Tất cả màn hình')).not.toBeChecked();
});

test('an urgent notice warns what it does and asks for an expiry', async ({ page }) => {
  await signIn(page, '#/schedules/new');
  await page.getByLabel('Tên *', { exact: true }).fill('Mất điện chiều nay');
  await page.getByLabel('Loại').selectOption({ label: 'Thông báo khẩn (chen ngang)' });
  await expect(page.getByTestId('interrupt-warning')).toContainText('chen ngang mọi nội dung');
  await expect(page.getByLabel('Hết hạn lúc *')).not.toHaveValue('');

  await page.getByLabel('Hết hạn lúc *').fill('');
  await page.getByLabel('Danh sách phát').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByLabel('Hết hạn lúc *')).toHaveAccessibleDescription(
    /cần thời điểm hết hạn/,
  );

  await page.getByLabel('Hết hạn lúc *').fill('2099-01-01T17:00');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const row = page.getByRole('row', { name: /Mất điện chiều nay/ });
  await expect(row).toContainText('Thông báo khẩn');
  await expect(row).toContainText('Hết hạn lúc');
});
