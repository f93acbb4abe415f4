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

async function openMediaLibrary(page: Page): Promise<void> {
  await page.goto(`${manager.url}/admin/#/media`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Kho ảnh và video' })).toBeVisible();
}

test('an uploaded image shows its progress, then its thumbnail', async ({ page }) => {
  await openMediaLibrary(page);
  // A slow uplink, so that the progress bar is there to be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });

  await page.getByLabel('Chọn tệp từ máy').setInputFiles({
    name: 'logo-ubnd.png',
    mimeType: 'image/png',
    buffer: pngFile(2 * 1024 * 1024),
  });
  await expect(page.getByRole('progressbar', { name: 'Đang tải logo-ubnd.png' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tải lên' })).toBeVisible();

  const thumbnail = page.getByRole('img', { name: 'logo-ubnd.png' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(page.getByRole('list', { name: 'Các tệp trong thư viện' })).toContainText('PNG');
});

test('a file of a type the server refuses is explained in words', async ({ page }) => {
  await openMediaLibrary(page);
  await page.getByLabel('Chọn tệp từ máy').setInputFiles({
    name: 'ghi-chu.png',
    mimeType: 'image/png',
    buffer: Buffer.from('this is plain text, not an image'),
  });
  await expect(page.getByRole('alert')).toContainText('Loại tệp không được hỗ trợ');
});
