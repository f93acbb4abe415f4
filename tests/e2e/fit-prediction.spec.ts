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
