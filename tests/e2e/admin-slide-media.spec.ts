import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { FIXTURES } from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

const sha256Of = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(FIXTURES, name)))
    .digest('hex');

async function signIn(page: Page, hash: string): Promise<void> {
  await page.goto(`${manager.url}/admin/${hash}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Axe's serious findings, the preview iframe aside (the player's own tests check it). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

interface ListedMedia {
  sha256: string;
  durationMs: number | null;
}

test('a picture uploaded from the slide editor is chosen and the unsaved heading stays', async ({
  page,
}) => {
  await signIn(page, '#/slides/new/message');
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Giờ làm việc');
  await page.getByLabel('Tiêu đề hiển thị').fill('Giờ làm việc của Bộ phận một cửa');

  await page.locator('media-upload input[type="file"]').setInputFiles(join(FIXTURES, 'slide.png'));
  await expect(page.getByRole('status').filter({ hasText: 'Đã tải lên' })).toBeVisible();
  const sha256 = sha256Of('slide.png');
  await expect(page.getByLabel('Tệp hình ảnh')).toHaveValue(sha256);
  await expect(page.getByLabel('Tiêu đề hiển thị')).toHaveValue('Giờ làm việc của Bộ phận một cửa');
  await expect(page.getByLabel('Tên trang (để tìm trong danh sách)')).toHaveValue('Giờ làm việc');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Trang trình chiếu', exact: true })).toBeVisible();
  const editor = await EditorClient.signIn(manager.url);
  const slides = await editor.get<{ items: { heading: string; imageSha256: string }[] }>(
    '/api/slides',
  );
  expect(slides.items).toMatchObject([
    { heading: 'Giờ làm việc của Bộ phận một cửa', imageSha256: sha256 },
  ]);
});

test("a refused upload says why in the editor's words and the draft stays", async ({ page }) => {
  await signIn(page, '#/slides/new/image');
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Ảnh hỏng');
  // Named like a picture, but its bytes are text: the server refuses it with 415.
  await page.locator('media-upload input[type="file"]').setInputFiles({
    name: 'anh.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html>not a picture</html>'),
  });
  await expect(page.getByRole('alert')).toContainText('Loại tệp không được hỗ trợ');
  await expect(page.getByLabel('Tên trang (để tìm trong danh sách)')).toHaveValue('Ảnh hỏng');

  // A video dropped where a picture is expected is refused before anything is sent.
  await page.locator('media-upload .zone').evaluate((zone) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(8)], 'phim.webm', { type: 'video/webm' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
  });
  await expect(page.getByRole('alert').filter({ hasText: 'chỉ nhận tệp ảnh' })).toBeVisible();
});

test("a dropped video's length is read from the file and becomes a playlist item's time", async ({
  page,
}) => {
  await signIn(page, '#/slides/new/video');
  await page.getByLabel('Tên trang (để tìm trong danh sách)').fill('Phim giới thiệu');
  const bytes = readFileSync(join(FIXTURES, 'clip.webm'));
  await page.locator('media-upload .zone').evaluate((zone, base64) => {
    const data = new DataTransfer();
    const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    data.items.add(new File([raw], 'clip.webm', { type: 'video/webm' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
  }, bytes.toString('base64'));
  await expect(page.getByLabel('Tệp video')).toHaveValue(sha256Of('clip.webm'));

  const editor = await EditorClient.signIn(manager.url);
  const media = await editor.get<{ items: ListedMedia[] }>('/api/media');
  // The fixture is 50 frames at 25 per second.
  const durationMs = media.items[0]?.durationMs ?? 0;
  expect(durationMs).toBeGreaterThan(1500);
  expect(durationMs).toBeLessThan(3000);
  const seconds = Math.ceil(durationMs / 1000);
  await expect(page.getByText('Độ dài video:')).toContainText(`${seconds} giây`);

  await expect(page.getByLabel('Phát hết video')).toHaveAccessibleDescription(/phát một lần/);
  await page.getByLabel('Phát hết video').check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Trang trình chiếu', exact: true })).toBeVisible();
  const slides = await editor.get<{ items: { playToEnd: boolean }[] }>('/api/slides');
  expect(slides.items).toMatchObject([{ playToEnd: true }]);

  await page.goto(`${manager.url}/admin/#/playlists/new`);
  await page.getByLabel('Thêm trang').selectOption({ label: 'Phim giới thiệu (Video)' });
  await page.getByRole('button', { name: '+ Thêm' }).click();
  await expect(page.getByLabel('Số giây hiển thị: Phim giới thiệu')).toHaveValue(String(seconds));
  const item = page
    .getByRole('list', { name: 'Các trang theo thứ tự phát' })
    .getByRole('listitem')
    .first();
  await expect(item).toContainText('phát hết video');
});
