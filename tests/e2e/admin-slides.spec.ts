import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

async function signIn(page: Page, hash = ''): Promise<void> {
  await page.goto(`${manager.url}/admin/${hash}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

test('an editor creates a message slide and finds it in the list', async ({ page }) => {
  await signIn(page, '#/slides');
  await page.getByRole('link', { name: '+ Thông báo' }).click();
  await expect(page.getByTitle('Xem trước trên màn hình')).toBeVisible();
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Giờ làm việc');
  await page.getByLabel('Tiêu đề hiển thị').fill('Giờ làm việc của Bộ phận một cửa');
  await page.getByLabel('Nội dung').fill('Sáng 7:30–11:30, chiều 13:30–17:00');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('heading', { name: 'Trang trình chiếu', exact: true })).toBeVisible();
  const row = page.getByRole('row', { name: /Giờ làm việc/ });
  await expect(row).toContainText('Thông báo');
});

test('a required field left empty is marked before anything is sent', async ({ page }) => {
  await signIn(page, '#/slides/new/qr');
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Mã QR');
  await page.getByLabel('Địa chỉ web mã QR dẫn tới').fill('không phải địa chỉ');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByLabel('Tiêu đề hiển thị')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Địa chỉ web mã QR dẫn tới')).toHaveAccessibleDescription(
    /Địa chỉ web không hợp lệ/,
  );
});

test("the preview draws a QR slide's code, encoded by the admin page", async ({ page }) => {
  const url = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';
  await signIn(page, '#/slides/new/qr');
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Mã QR');
  await page.getByLabel('Tiêu đề hiển thị').fill('Quét mã để nộp hồ sơ');
  await page.getByLabel('Địa chỉ web mã QR dẫn tới').fill(url);
  const preview = page.frameLocator('iframe[title="Xem trước trên màn hình"]');
  await expect(preview.getByRole('img', { name: url })).toBeVisible();
  await expect(preview.getByText('Quét mã để nộp hồ sơ')).toBeVisible();
});

test("the server's 400 is shown next to the field it names", async ({ page }) => {
  const editor = await EditorClient.signIn(manager.url);
  const hotline = await editor.post<{ id: string }>('/api/hotlines', {
    label: 'Tổng đài hỗ trợ',
    number: '1900 0000',
  });
  await signIn(page, '#/slides/new/hotlines');
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Đường dây nóng');
  await page.getByLabel('Tiêu đề hiển thị').fill('Đường dây nóng');
  await page.getByLabel(/Tổng đài hỗ trợ/).check();
  // Someone else deletes the number while this form is open.
  await editor.request('DELETE', `/api/hotlines/${hotline.id}`);
  await page.getByRole('button', { name: 'Lưu' }).click();

  const group = page.getByRole('group', { name: 'Số điện thoại hiển thị' });
  await expect(group).toContainText('Không còn tồn tại');
  await expect(page.getByRole('alert')).toContainText('Thông tin chưa hợp lệ');
});

test('leaving a form with unsaved changes asks first', async ({ page }) => {
  await signIn(page, '#/slides/new/message');
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Bản nháp');
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('link', { name: 'Màn hình', exact: true }).click();
  await expect(page.getByLabel('Tên trang (để tìm trong danh sách)')).toHaveValue('Bản nháp');

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('link', { name: 'Màn hình', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Màn hình', exact: true })).toBeVisible();
});

test('an editor makes a key-figures slide and the preview writes 98,5', async ({ page }) => {
  await signIn(page, '#/slides');
  await page.getByRole('link', { name: '+ Số liệu nổi bật' }).click();
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Kết quả quý');
  await page.getByLabel('Tiêu đề hiển thị').fill('Kết quả giải quyết hồ sơ');
  await page.getByLabel('Nội dung', { exact: false }).first().fill('Hồ sơ giải quyết đúng hạn');
  await page.getByLabel('Giá trị').fill('98.5');
  await page.getByLabel('Đơn vị').fill('%');
  await page.getByLabel('Số chữ số thập phân').fill('1');
  const preview = page.frameLocator('iframe[title="Xem trước trên màn hình"]');
  await expect(preview.locator('slide-figures .value')).toContainText('98,5');
  await page.getByRole('button', { name: 'Lưu' }).click();

  const row = page.getByRole('row', { name: /Kết quả quý/ });
  await expect(row).toContainText('Số liệu nổi bật');
});
