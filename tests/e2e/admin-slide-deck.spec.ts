import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

const DECK = resolve(import.meta.dirname, '../fixtures/deck.pdf');

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${manager.url}/admin/#/slides`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Each image slide's picture, as the browser decodes it: its size and the colour at its left edge. */
async function slideImages(page: Page) {
  return page.evaluate(async () => {
    const { items } = (await (await fetch('/api/slides')).json()) as {
      items: Array<{ kind: string; title: string; mediaSha256?: string }>;
    };
    const images = items.filter((slide) => slide.kind === 'image');
    return Promise.all(
      images.map(async (slide) => {
        const response = await fetch(`/media/${slide.mediaSha256}`);
        const bitmap = await createImageBitmap(await response.blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context.drawImage(bitmap, 0, 0);
        const [r = 0, g = 0, b = 0] = context.getImageData(20, bitmap.height / 2, 1, 1).data;
        return {
          title: slide.title,
          type: response.headers.get('content-type'),
          width: bitmap.width,
          height: bitmap.height,
          red: r > b && r > g,
          blue: b > r && b > g,
        };
      }),
    );
  });
}

test('a two-page PDF becomes two image slides at the screen size, and a playlist', async ({
  page,
}) => {
  const pdfRequests: string[] = [];
  page.on('request', (request) => {
    if (/pdf/i.test(new URL(request.url()).pathname)) pdfRequests.push(request.url());
  });
  await signIn(page);
  // pdf.js is not part of the admin app until the PDF page asks for it.
  expect(pdfRequests.filter((url) => url.endsWith('.js') || url.endsWith('.mjs'))).toEqual([]);

  await page.getByRole('link', { name: '+ Nhập từ PDF' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập trang chiếu từ PDF' })).toBeVisible();
  await page.getByLabel('Tệp PDF').setInputFiles(DECK);
  const pages = page.getByTestId('deck-pages');
  await expect(pages.getByRole('checkbox')).toHaveCount(2);
  await expect(pages.getByRole('img', { name: 'Trang 2' })).toBeVisible();
  // pdf.js and its worker came from the manager, not from elsewhere.
  expect(pdfRequests.length).toBeGreaterThan(0);
  for (const url of pdfRequests) expect(url.startsWith(manager.url)).toBe(true);

  await page.getByLabel('Tên trang chiếu').fill('Giới thiệu');
  await page.getByLabel('Số giây mỗi trang').fill('15');
  await page.getByRole('button', { name: 'Tạo 2 trang chiếu' }).click();
  await expect(page.getByRole('status')).toContainText('Đã tạo 2 trang chiếu');
  await expect(page.getByTestId('deck-slides').getByRole('link')).toHaveText([
    'Giới thiệu — trang 1',
    'Giới thiệu — trang 2',
  ]);

  const images = await slideImages(page);
  expect(images).toEqual([
    expect.objectContaining({
      title: 'Giới thiệu — trang 1',
      width: 1920,
      height: 1080,
      red: true,
    }),
    expect.objectContaining({
      title: 'Giới thiệu — trang 2',
      width: 1920,
      height: 1080,
      blue: true,
    }),
  ]);
  expect(images[0]?.type).toMatch(/^image\/(webp|png)$/);

  const playlists = await page.evaluate(
    async () => (await (await fetch('/api/playlists')).json()).items,
  );
  const deck = playlists.find((playlist: { name: string }) => playlist.name === 'Giới thiệu');
  expect(deck.items.map((item: { durationSeconds: number }) => item.durationSeconds)).toEqual([
    15, 15,
  ]);
});

test('a portrait screen gets portrait slides, of the pages chosen only, from an accessible preview', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(`${manager.url}/admin/#/slides/pdf`);
  await page.getByLabel('Dọc (1080 × 1920)').check();
  await page.getByLabel('Tệp PDF').setInputFiles(DECK);
  await expect(page.getByRole('img', { name: 'Trang 2' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((violation) => violation.id)).toEqual([]);
  await page.getByRole('checkbox', { name: 'Trang 1' }).uncheck();
  await page.getByLabel('Tạo cả danh sách phát theo thứ tự trang').uncheck();
  await page.getByRole('button', { name: 'Tạo 1 trang chiếu' }).click();
  await expect(page.getByRole('status')).toContainText('Đã tạo 1 trang chiếu');
  const images = await slideImages(page);
  expect(images).toEqual([expect.objectContaining({ width: 1080, height: 1920, blue: true })]);
});
