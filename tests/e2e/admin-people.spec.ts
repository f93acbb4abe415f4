import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  manager = await startManager();
});

test.afterAll(async () => {
  await manager?.dispose();
});

async function signIn(page: Page, login: string, password: string) {
  await page.goto(`${manager.url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

const nav = (page: Page) => page.getByRole('navigation');

test('an admin manages users and groups, reads the audit log and prints the report', async ({
  page,
}) => {
  page.on('dialog', (dialog) => dialog.accept());
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await expect(nav(page)).toBeVisible();

  await nav(page).getByRole('link', { name: 'Người dùng' }).click();
  await page.getByRole('link', { name: 'Thêm người dùng' }).click();
  await page.getByLabel('Tên đăng nhập').fill('lan.nguyen');
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
  await page.getByLabel('Vai trò').selectOption('editor');
  // Checked in the form with the schema the server applies, before anything is sent.
  const password = page.getByLabel('Mật khẩu ban đầu');
  await password.fill('ngan');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await password.fill('mat-khau-ban-dau');
  await expect(password).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const row = page.getByRole('row', { name: /Nguyễn Thị Lan/ });
  await expect(row).toContainText('Biên tập viên');
  await expect(row).toContainText('Chờ đổi mật khẩu');

  await row.getByRole('link', { name: 'Nguyễn Thị Lan' }).click();
  await page.getByLabel('Vai trò').selectOption('approver');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu.')).toBeVisible();
  await page.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(page.locator('user-form').locator('output code')).toHaveText(/^[\w-]{12}$/);
  await page.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click();
  await expect(page.getByText('Đã đăng xuất tài khoản này trên mọi thiết bị.')).toBeVisible();

  await nav(page).getByRole('link', { name: 'Nhóm màn hình' }).click();
  await page.getByLabel('Tên nhóm mới').fill('Bộ phận một cửa');
  await page.getByRole('button', { name: 'Thêm nhóm' }).click();
  const group = page.getByRole('region', { name: 'Bộ phận một cửa' });
  await expect(group).toBeVisible();
  await expect(group.getByLabel('Danh sách phát mặc định')).toBeVisible();

  await nav(page).getByRole('link', { name: 'Nhật ký' }).click();
  await page.getByLabel('Thao tác').selectOption('create');
  await page.getByLabel('Loại đối tượng').selectOption('users');
  await page.getByRole('button', { name: 'Lọc' }).click();
  const record = page.getByRole('row', { name: /Tạo mới/ });
  await expect(record).toHaveCount(1);
  await expect(record).toContainText('Quản trị');
  await expect(record).toContainText('Người dùng');
  const csv = page.getByRole('link', { name: 'Tải CSV' });
  await expect(csv).toHaveAttribute('href', /\/api\/audit\.csv\?action=create&resource=users/);

  await nav(page).getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('quarter');
  await expect(
    page.getByRole('heading', { level: 2, name: /^Quý [IV]+ năm \d{4}$/ }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tải CSV' })).toHaveAttribute(
    'href',
    /\/api\/reports\/plays\.csv\?period=quarter/,
  );
  // The period's plays over time and the screens' uptime, beside the table.
  await expect(
    page.getByRole('region', { name: 'Lượt phát theo thời gian' }).locator('plays-chart'),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Thời gian hoạt động của màn hình' }),
  ).toBeVisible();
  await page.getByLabel('Kỳ báo cáo').selectOption('month');
  await expect(page.getByRole('heading', { level: 2, name: /^Tháng \d\d\/\d{4}$/ })).toBeVisible();
  await page.getByLabel('Kỳ báo cáo').selectOption('quarter');
  const printHref = await page.getByRole('link', { name: 'Mở bản in' }).getAttribute('href');
  await page.goto(`${manager.url}${printHref}`);
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(page.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
  await expect(page.getByText(/^Số: .*\/BC$/)).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  // A4 is 595 × 842 points; Chromium rounds the box a little.
  expect(pdf).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
});

test('an editor sees no approval or settings entries, and is offered to submit a saved draft', async ({
  page,
}) => {
  const admin = await EditorClient.signIn(manager.url);
  await admin.post('/api/users', {
    login: 'bientap',
    name: 'Biên tập viên',
    role: 'editor',
    password: 'mat-khau-tam',
  });
  await signIn(page, 'bientap', 'mat-khau-tam');
  await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-tam');
  await page.getByLabel(/^Mật khẩu mới/).fill('mat-khau-moi-123');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-123');
  await page.locator('password-change').getByRole('button', { name: 'Đổi mật khẩu' }).click();

  await expect(nav(page).getByRole('link', { name: 'Trang trình chiếu' })).toBeVisible();
  for (const hidden of ['Chờ duyệt', 'Cài đặt', 'Người dùng', 'Nhật ký']) {
    await expect(nav(page).getByRole('link', { name: hidden })).toHaveCount(0);
  }
  await expect(nav(page).getByRole('link', { name: 'Báo cáo' })).toBeVisible();
  await page.goto(`${manager.url}/admin/#/approvals`);
  await expect(page.getByRole('button', { name: 'Duyệt và phát' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText('dành cho vai trò khác');

  await page.goto(`${manager.url}/admin/#/slides/new/message`);
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Giờ làm việc');
  await page.getByLabel('Tiêu đề hiển thị').fill('Giờ làm việc của Bộ phận một cửa');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã lưu bản nháp');
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByText('Đang chờ người duyệt xem xét.')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Bảng điều khiển' }).click();
  await expect(page.getByText('1 nội dung đang chờ duyệt')).toBeVisible();
  await expect(page.getByRole('link', { name: '1 nội dung đang chờ duyệt' })).toHaveCount(0);
});

test("an editor limited to a group gets that group, not every screen, in a new entry's targets", async ({
  page,
}) => {
  const admin = await EditorClient.signIn(manager.url);
  const group = await admin.post<{ id: string }>('/api/groups', { name: 'Tầng 1' });
  await admin.post('/api/users', {
    login: 'tang1',
    name: 'Biên tập tầng 1',
    role: 'editor',
    password: 'mat-khau-tam',
    groupIds: [group.id],
  });
  await signIn(page, 'tang1', 'mat-khau-tam');
  await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-tam');
  await page.getByLabel(/^Mật khẩu mới/).fill('mat-khau-moi-123');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-123');
  await page.locator('password-change').getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.goto(`${manager.url}/admin/#/schedules/new`);
  await expect(page.getByLabel('Tất cả màn hình')).not.toBeChecked();
  await expect(page.getByLabel('Tầng 1')).toBeChecked();
});
