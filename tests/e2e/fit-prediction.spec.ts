import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { readPairingCode, shownSlide } from '../helpers/player-page.js';

// The slide editor's "N trang, S giây" comes from the player in its preview frame; a paired
// screen of the same size must lay the same slide out in the same pages, for the same time.

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

interface Created {
  id: string;
}

test('the slide and playlist editors predict the pages and time a screen of that size shows', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  for (let i = 0; i < 12; i++) {
    await editor.post('/api/procedures', {
      code: `1.00${1000 + i}`,
      name: `Thủ tục cấp lại giấy chứng nhận đăng ký hộ kinh doanh số ${i + 1} `.repeat(4).trim(),
      field: 'Đăng ký kinh doanh',
      timeLimit: '15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
      fees: 'Lệ phí: 100.000 đồng/hồ sơ; miễn lệ phí khi nộp hồ sơ trực tuyến',
    });
  }
  const slide = await editor.post<Created>('/api/slides', {
    kind: 'procedures',
    title: 'Thủ tục dài',
    heading: 'Thủ tục đăng ký kinh doanh',
    field: 'Đăng ký kinh doanh',
    rowsPerPage: 8,
  });
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'Một trang thủ tục',
    items: [{ slideId: slide.id, durationSeconds: 10 }],
  });
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: playlist.id });

  const admin = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await admin.goto(`${manager.url}/admin/#/slides/${slide.id}`);
  await admin.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Đăng nhập' }).click();
  const prediction = admin.getByTestId('preview-fit');
  await expect(prediction).toHaveText(/\d+ trang, \d+ giây/);
  const [, pages, seconds] = /(\d+) trang, (\d+) giây/.exec(
    (await prediction.textContent()) ?? '',
  )!;

  // The playlist editor measures its items in the same player.
  await admin.goto(`${manager.url}/admin/#/playlists/${playlist.id}`);
  await expect(admin.getByTestId('item-fit')).toContainText(`${pages} trang, ${seconds} giây`);

  const screen = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await screen.goto(manager.url);
  const code = await readPairingCode(screen);
  await editor.post('/api/screens/pair', { code, name: 'Sảnh' });
  await expect(shownSlide(screen)).toHaveAttribute('data-slide-id', slide.id);
  const shown = await screen.evaluate(() => {
    const stage = document.querySelector('player-app')?.shadowRoot?.querySelector('player-stage');
    const element = stage?.shadowRoot?.querySelector('.buffer.visible')?.firstElementChild as
      | (Element & { pageMs: number[] })
      | undefined;
    return element?.pageMs ?? [];
  });
  expect(shown.length).toBeGreaterThan(1);
  expect(String(shown.length)).toBe(pages);
  expect(String(Math.round(shown.reduce((sum, ms) => sum + ms, 0) / 1000))).toBe(seconds);
  await admin.close();
  await screen.close();
});

test('a longest time on screen shortens the loop, and both editors say when text cannot be read in it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const short = await editor.post<Created>('/api/slides', {
    kind: 'message',
    title: 'Ngắn',
    heading: 'Xin chào',
    maxSeconds: 5,
  });
  const long = await editor.post<Created>('/api/slides', {
    kind: 'message',
    title: 'Dài',
    heading: 'Thông báo lịch tiếp công dân',
    body: 'Bộ phận Một cửa tiếp nhận hồ sơ từ thứ Hai đến thứ Sáu. '.repeat(8).trim(),
    maxSeconds: 5,
  });
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'Có giới hạn',
    items: [
      { slideId: short.id, durationSeconds: 30 },
      { slideId: long.id, durationSeconds: 5 },
    ],
  });

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${manager.url}/admin/#/slides/${long.id}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByLabel('Thời gian hiển thị tối đa (giây)')).toHaveValue('5');
  await expect(page.getByTestId('preview-fit')).toContainText('không đọc kịp trong 5 giây tối đa');

  await page.goto(`${manager.url}/admin/#/playlists/${playlist.id}`);
  const fits = page.getByTestId('item-fit');
  await expect(fits.nth(0)).toHaveText(/1 trang, 5 giây/);
  await expect(fits.nth(0)).not.toContainText('không đọc kịp');
  await expect(fits.nth(1)).toContainText('không đọc kịp trong 5 giây tối đa');
  const [, needed] = /(\d+) giây trên/.exec((await fits.nth(1).textContent()) ?? '')!;
  expect(Number(needed)).toBeGreaterThan(5);
  // The loop counts the capped 5 s of the first slide and the reading time of the second.
  const total = (await page.locator('.total strong').textContent()) ?? '';
  const [, minutes = '0', seconds = '0'] = /(?:(\d+) phút)?\s*(?:(\d+) giây)?/.exec(total)!;
  expect(Number(minutes) * 60 + Number(seconds)).toBe(5 + Number(needed));
});
