import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

test('a playlist is built and reordered with the keyboard, and its loop time adds up', async ({
  page,
}) => {
  const editor = await EditorClient.signIn(manager.url);
  for (const title of ['Một', 'Hai']) {
    await editor.post('/api/slides', { kind: 'message', title, heading: title });
  }
  await page.goto(`${manager.url}/admin/#/playlists/new`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  await page.getByLabel('Tên danh sách phát').fill('Sảnh chờ');
  await page.getByLabel('Thêm trang').selectOption({ label: 'Một (Thông báo)' });
  await page.getByRole('button', { name: '+ Thêm' }).click();
  await page.getByLabel('Thêm trang').selectOption({ label: 'Hai (Thông báo)' });
  await page.getByRole('button', { name: '+ Thêm' }).click();
  await page.getByLabel('Số giây hiển thị: Hai').fill('50');
  await expect(page.getByText('Tổng thời gian một vòng')).toContainText('1 phút');

  await page.getByRole('button', { name: 'Chuyển lên: Hai' }).focus();
  await page.keyboard.press('Enter');
  const items = page
    .getByRole('list', { name: 'Các trang theo thứ tự phát' })
    .getByRole('listitem');
  await expect(items.first()).toContainText('Hai');
  await expect(page.getByRole('button', { name: 'Chuyển xuống: Hai' })).toBeFocused();

  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('link', { name: 'Sảnh chờ' })).toBeVisible();
  const saved = await editor.get<{ items: { items: { durationSeconds: number }[] }[] }>(
    '/api/playlists',
  );
  expect(saved.items[0]?.items.map((item) => item.durationSeconds)).toEqual([50, 10]);
});
