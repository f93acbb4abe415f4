import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

/** A 1×1 PNG; the padding after its end makes the upload long enough to report progress. */
function pngFile(paddingBytes: number): Buffer {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  return Buffer.concat([png, Buffer.alloc(paddingBytes)]);
}

/** Monday-first day (0–6) and hour of now on the screen's wall clock (Asia/Ho_Chi_Minh). */
function nowOnScreen(): { day: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Ho_Chi_Minh',
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const weekday = parts.find((part) => part.type === 'weekday')?.value ?? 'Mon';
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  return { day: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday), hour };
}

async function go(page: Page, route: string, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: route, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
}

test('an editor uploads, makes a slide, builds and schedules a playlist, and a new screen plays it', async ({
  page,
  context,
}) => {
  // A whole editor's morning in one test: a few pages, each with a round trip to the server.
  test.setTimeout(120_000);
  const screen = await context.newPage();
  await screen.goto(`${manager.url}/`);
  const code = ((await screen.getByTestId('pairing-code').textContent()) ?? '').replace(/\D/g, '');
  expect(code).toMatch(/^\d{6}$/);

  await page.goto(`${manager.url}/admin/`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  // Upload an image on a slow uplink, so that its progress is there to be seen.
  await go(page, 'Kho ảnh và video', 'Kho ảnh và video');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });
  await page.getByLabel('Chọn tệp từ máy').setInputFiles({
    name: 'bieu-trung.png',
    mimeType: 'image/png',
    buffer: pngFile(2 * 1024 * 1024),
  });
  await expect(page.getByRole('progressbar', { name: 'Đang tải bieu-trung.png' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tải lên' })).toBeVisible();
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  // A message slide showing that image.
  await go(page, 'Trang trình chiếu', 'Trang trình chiếu');
  await page.getByRole('link', { name: '+ Thông báo' }).click();
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Nộp hồ sơ trực tuyến');
  await page.getByLabel('Tiêu đề hiển thị').fill('Nộp hồ sơ trực tuyến tại dichvucong.gov.vn');
  await page.getByLabel('Tệp hình ảnh').selectOption({ label: 'bieu-trung.png' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('row', { name: /Nộp hồ sơ trực tuyến/ })).toBeVisible();

  // The library now says where the image is used, and will not delete it.
  await go(page, 'Kho ảnh và video', 'Kho ảnh và video');
  const card = page.getByRole('listitem').filter({ hasText: 'bieu-trung.png' });
  await expect(card).toContainText('1 × 1 px');
  await expect(card.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toBeVisible();
  await expect(card.getByRole('button', { name: /Xoá/ })).toBeDisabled();

  // A playlist holding the slide.
  await go(page, 'Danh sách phát', 'Danh sách phát');
  await page.getByRole('link', { name: '+ Danh sách phát mới' }).click();
  await page.getByLabel('Tên danh sách phát').fill('Sảnh chờ buổi sáng');
  await page.getByLabel('Thêm trang').selectOption({ label: 'Nộp hồ sơ trực tuyến (Thông báo)' });
  await page.getByRole('button', { name: '+ Thêm' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('link', { name: 'Sảnh chờ buổi sáng' })).toBeVisible();

  // Pair the waiting screen by its code.
  await go(page, 'Màn hình', 'Màn hình');
  await page.getByLabel('Mã ghép nối').fill(code);
  await page.getByLabel('Tên màn hình').fill('Sảnh chờ tầng 1');
  await page.getByRole('button', { name: 'Ghép nối', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Đã ghép nối màn hình "Sảnh chờ tầng 1"');

  // Schedule it by selecting the hours from now on in the screen's week.
  await go(page, 'Lịch phát', 'Lịch phát');
  const { day, hour } = nowOnScreen();
  const grid = page.getByRole('grid', { name: 'Lịch tuần của Sảnh chờ tầng 1' });
  // Rows are quarter hours.
  await grid.locator(`[data-day="${day}"][data-slot="${hour * 4}"]`).click();
  await grid
    .locator(`[data-day="${day}"][data-slot="${Math.min(95, hour * 4 + 8)}"]`)
    .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: '+ Tạo lịch phát cho khung này' }).click();
  await expect(page.getByRole('heading', { name: 'Thêm lịch phát' })).toBeVisible();
  await expect(page.getByLabel('Sảnh chờ tầng 1')).toBeChecked();
  await page.getByLabel('Tên *', { exact: true }).fill('Buổi sáng');
  await page.getByLabel('Danh sách phát').selectOption({ label: 'Sảnh chờ buổi sáng' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('link', { name: 'Buổi sáng' })).toBeVisible();
  await expect(
    page
      .getByRole('grid')
      .getByRole('gridcell', { name: /Sảnh chờ buổi sáng/ })
      .first(),
  ).toBeVisible();

  await expect(screen.getByText('Nộp hồ sơ trực tuyến tại dichvucong.gov.vn')).toBeVisible({
    timeout: 30_000,
  });
});
