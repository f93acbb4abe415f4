import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, startManager } from '../helpers/manager-process.js';

async function signIn(page: Page, url: string, login: string, password: string) {
  await page.goto(`${url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
async function changePw(page: Page, current: string, next: string) {
  const form = page.locator('password-change');
  await form.getByLabel('Mật khẩu hiện tại').fill(current);
  await form.getByLabel(/^Mật khẩu mới/).fill(next);
  await form.getByLabel('Nhập lại mật khẩu mới').fill(next);
  await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
}

test('an editor submits a draft, an approver returns it with a comment, and a viewer changes nothing', async ({
  page,
  playwright,
}) => {
  const manager = await startManager({ demo: true });
  try {
    const admin = await playwright.request.newContext({ baseURL: manager.url });
    expect(
      (
        await admin.post('/api/session', { data: { login: 'admin', password: ADMIN_PASSWORD } })
      ).ok(),
    ).toBe(true);
    expect(
      (
        await admin.post('/api/users', {
          data: { login: 'ed', role: 'editor', password: 'editor-pass-1' },
        })
      ).status(),
    ).toBe(201);
    expect(
      (
        await admin.post('/api/users', {
          data: { login: 'vi', role: 'viewer', password: 'viewer-pass-1' },
        })
      ).status(),
    ).toBe(201);

    await signIn(page, manager.url, 'ed', 'editor-pass-1');
    await changePw(page, 'editor-pass-1', 'editor-pass-2');
    await expect(page.getByRole('heading', { name: 'Bảng điều khiển' })).toBeVisible();
    await expect(page.getByText('Đang tải…')).toHaveCount(0);
    await expect(page.locator('plays-chart svg')).toBeVisible();

    await page.goto(`${manager.url}/admin/#/slides`);
    await expect(page.locator('.badge').first()).toBeVisible();
    const firstLink = page.getByRole('table').getByRole('link').first();
    const title = await firstLink.textContent();
    await firstLink.click();
    await expect(page.locator('review-panel')).toContainText('Đã xuất bản');
    await page.getByLabel(/^Tiêu đề/).fill(`${title} (sửa)`);
    await expect(
      page.locator('review-panel').getByText('Lưu thay đổi trước khi gửi duyệt.'),
    ).toHaveCount(0);
    await page.getByRole('button', { name: 'Lưu' }).click();
    // The editor stays on the saved draft, told that it still has to be submitted.
    await expect(page.getByText(/^Đã lưu bản nháp/)).toBeVisible();
    await expect(page.locator('review-panel')).toContainText('Bản nháp');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.locator('review-panel')).toContainText('Chờ duyệt');

    const items = (await (await admin.get('/api/approvals')).json()).items;
    expect(
      (
        await admin.post(`/api/slides/${items[0].id}/return`, {
          data: { comment: 'Sai chính tả', revision: items[0].revision },
        })
      ).ok(),
    ).toBe(true);
    await page.reload();
    await expect(page.locator('review-panel')).toContainText('Sai chính tả');
    await expect(page.getByRole('button', { name: 'Gửi duyệt' })).toBeEnabled();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page, manager.url, 'vi', 'viewer-pass-1');
    await changePw(page, 'viewer-pass-1', 'viewer-pass-2');
    await page.goto(`${manager.url}/admin/#/slides`);
    await expect(page.locator('.badge').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /Xoá/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^\+/ })).toHaveCount(0);
    await page.goto(`${manager.url}/admin/#/playlists`);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('button', { name: /Xoá/ })).toHaveCount(0);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('button', { name: 'Lưu' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Gửi duyệt' })).toHaveCount(0);
  } finally {
    await manager.dispose();
  }
});
