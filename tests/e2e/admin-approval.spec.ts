import AxeBuilder from '@axe-core/playwright';
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

/** An editor account's JSON calls, signed in and past its first password change. */
async function editorAccount(url: string) {
  const admin = await EditorClient.signIn(url);
  await admin.post('/api/users', {
    login: 'bientap',
    name: 'Biên tập viên',
    role: 'editor',
    password: 'mat-khau-tam',
  });
  const signIn = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'bientap', password: 'mat-khau-tam' }),
  });
  const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        origin: url,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}`);
    return (await response.json().catch(() => null)) as { id: string } | null;
  };
  await call('PUT', '/api/session/password', {
    currentPassword: 'mat-khau-tam',
    newPassword: 'mat-khau-moi-123',
  });
  return call;
}

test('an approver returns a draft with a comment, then approves it once fixed', async ({
  page,
}) => {
  const editor = await editorAccount(manager.url);
  const slide = await editor('POST', '/api/slides', {
    kind: 'message',
    title: 'Lịch tiếp dân',
    heading: 'Lịch tiếp công dân tháng này',
  });
  await editor('POST', `/api/slides/${slide?.id}/submit`);

  await page.goto(`${manager.url}/admin/`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: '1 nội dung đang chờ duyệt' })).toBeVisible();
  await page.getByRole('link', { name: '1 nội dung đang chờ duyệt' }).click();

  const item = page.getByRole('listitem', { name: /Lịch tiếp dân/ });
  await expect(item.getByRole('row', { name: /Tiêu đề hiển thị/ })).toContainText(
    'Lịch tiếp công dân tháng này',
  );
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
  await item.getByRole('button', { name: 'Trả lại' }).click();
  await expect(item.getByLabel('Góp ý khi trả lại')).toHaveAccessibleDescription(/lý do/);
  await item.getByLabel('Góp ý khi trả lại').fill('Ghi rõ ngày tiếp dân.');
  await item.getByRole('button', { name: 'Trả lại' }).click();
  await expect(page.getByRole('status')).toContainText('Đã trả lại "Lịch tiếp dân"');
  await expect(page.getByText('Không có nội dung nào chờ duyệt.')).toBeVisible();

  await editor('PUT', `/api/slides/${slide?.id}`, {
    kind: 'message',
    title: 'Lịch tiếp dân',
    heading: 'Tiếp công dân: thứ Năm hằng tuần',
  });
  await editor('POST', `/api/slides/${slide?.id}/submit`);
  await page.reload();
  await page
    .getByRole('listitem', { name: /Lịch tiếp dân/ })
    .getByRole('button', { name: 'Duyệt và phát' })
    .click();
  await expect(page.getByRole('status')).toContainText('Đã duyệt "Lịch tiếp dân"');
});

test("an approver publishes an editor's urgent notice, slide, playlist and entry, in one step", async ({
  page,
}) => {
  const editor = await editorAccount(manager.url);
  await editor('POST', '/api/urgent-notices', {
    text: 'Tạm dừng tiếp nhận hồ sơ',
    target: { all: true, screenIds: [], groupIds: [] },
  });

  await page.goto(`${manager.url}/admin/`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: '3 nội dung đang chờ duyệt' }).click();
  await page.getByRole('button', { name: /Duyệt cả thông báo khẩn/ }).click();
  await expect(page.getByRole('status')).toContainText('Đã duyệt "Tạm dừng tiếp nhận hồ sơ"');
  await expect(page.getByText('Không có nội dung nào chờ duyệt.')).toBeVisible();
});
