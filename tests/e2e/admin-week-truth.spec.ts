import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { pairScreen } from '../helpers/pair-screen.js';
import { shownSlide } from '../helpers/player-page.js';
import {
  type Created,
  messageSlide,
  playlistOf,
  waitForServiceWorker,
} from '../helpers/player-scenario.js';

// One manager (with the demo's "Giờ làm việc", priority 10, Mon–Fri 07:00–17:00) for the file.
// Two minutes a test: a drag-built week and a week of clock jumps are slow on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let manager: ManagerProcess;
let editor: EditorClient;

test.beforeAll(async () => {
  manager = await startManager({ demo: true });
  editor = await EditorClient.signIn(manager.url);
});

test.afterAll(async () => {
  await manager?.dispose();
});

/** The instant of a wall-clock time in Hồ Chí Minh City (UTC+7, no daylight saving). */
const hcm = (date: string, time: string) => Date.parse(`${date}T${time}:00+07:00`);

/** The first Monday after tomorrow, in Hồ Chí Minh City. */
function nextMonday(): string {
  const day = new Date(Date.now() + 7 * 3_600_000 + 2 * 86_400_000);
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function signIn(page: Page, hash: string): Promise<void> {
  await page.goto(`${manager.url}/admin/${hash}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** A mouse drag from the middle of one grid cell to the middle of another. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('grid cell not laid out');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
}

/** A player page with its own clock, paired as `token`, playing. */
async function openPlayer(browser: Browser, token: string): Promise<Page> {
  const context = await browser.newContext();
  const player = await context.newPage();
  await player.clock.install({ time: Date.now() });
  await player.goto(`${manager.url}/#token=${token}`);
  await expect(player.locator('player-app[data-state="playing"]')).toBeVisible();
  // The screen must outlive a power cut with the network down, so it is installed first.
  await waitForServiceWorker(player);
  return player;
}

async function slideIdsOf(playlistName: string): Promise<string[]> {
  const { items } = await editor.get<{
    items: { name: string; items: { slideId: string }[] }[];
  }>('/api/playlists');
  return items.find((p) => p.name === playlistName)?.items.map((i) => i.slideId) ?? [];
}

/** Makes one block of the opening hours by dragging, and resolves the conflict it has. */
async function dragOpeningBlock(
  page: Page,
  block: { name: string; playlist: string; from: number; to: number; described: string },
): Promise<void> {
  const grid = page.getByRole('grid', { name: /^Lịch tuần của Sảnh/ });
  // Rows are 15 minutes: Monday at `from` to Friday at the last row before `to`.
  await drag(
    page,
    grid.locator(`[data-day="0"][data-slot="${block.from}"]`),
    grid.locator(`[data-day="4"][data-slot="${block.to - 1}"]`),
  );
  await expect(page.getByTestId('week-selection')).toHaveText(block.described);
  await page.getByRole('button', { name: 'Tạo lịch phát cho khung này' }).click();

  await expect(page.getByRole('heading', { name: 'Thêm lịch phát' })).toBeVisible();
  await page.getByLabel('Tên *', { exact: true }).fill(block.name);
  await page.getByLabel('Danh sách phát').selectOption({ label: block.playlist });
  await expect(page.getByTestId('schedule-described')).toContainText(block.described);

  // Before saving: the wider entry that would hide it, on which days and hours.
  const conflicts = page.getByTestId('schedule-conflicts');
  await expect(conflicts).toContainText('«Giờ làm việc: thủ tục hành chính và dịch vụ công»');
  await expect(conflicts).toContainText(`ưu tiên 10) che lịch này vào ${block.described}`);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Vẫn lưu dù bị che' })).toBeVisible();

  await conflicts.getByRole('button', { name: 'Nâng ưu tiên lịch này lên 11' }).click();
  await expect(conflicts).toBeHidden();
  await expect(page.getByLabel('Ưu tiên')).toHaveValue('11');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(block.name) })).toContainText(
    block.described,
  );
}

/** A fast-forwarded day fires every due timer of the page at once: slow on a busy machine. */
const LATE = 30_000;

test('opening hours dragged in the week view, their conflict explained and resolved, play as planned, dark on a holiday', async ({
  page,
  browser,
}) => {
  const { token } = await pairScreen(manager.url, editor, 'Sảnh');
  const playlists: Record<string, Created> = {};
  for (const name of ['Sáng mở cửa', 'Chiều mở cửa', 'Sáng thứ Bảy']) {
    playlists[name] = await playlistOf(editor, name, [await messageSlide(editor, name)], 5);
  }
  await editor.post('/api/schedules', {
    name: 'Thứ Bảy',
    playlistId: playlists['Sáng thứ Bảy']?.id,
    weekdays: [6],
    startTime: '07:30',
    endTime: '11:30',
  });
  // The center is closed on public holidays: the screen is dark all day.
  await editor.post('/api/schedules', { name: 'Nghỉ lễ', kind: 'off', holidayMode: 'only' });
  const { items: holidays } = await editor.get<{ items: { date: string }[] }>('/api/holidays');

  await page.setViewportSize({ width: 1280, height: 1400 });
  await signIn(page, '#/schedules');
  await page.locator('#week-screen').selectOption({ label: 'Sảnh' });
  await dragOpeningBlock(page, {
    name: 'Mở cửa buổi sáng',
    playlist: 'Sáng mở cửa',
    from: 30,
    to: 46,
    described: 'Thứ Hai – Thứ Sáu, 07:30–11:30',
  });
  await page.locator('#week-screen').selectOption({ label: 'Sảnh' });
  await dragOpeningBlock(page, {
    name: 'Mở cửa buổi chiều',
    playlist: 'Chiều mở cửa',
    from: 54,
    to: 68,
    described: 'Thứ Hai – Thứ Sáu, 13:30–17:00',
  });

  const office = await slideIdsOf('Giờ làm việc — thủ tục và dịch vụ công');
  const player = await openPlayer(browser, token);
  await manager.stop();
  try {
    const monday = nextMonday();
    // Jump to just before the minute, then let time flow: a paused clock would also freeze the
    // crossfade, leaving two slides on screen.
    const reach = async (instant: number) => {
      await player.clock.pauseAt(instant - 3_000);
      await player.clock.resume();
    };
    const showsOffice = async () =>
      office.includes((await shownSlide(player).getAttribute('data-slide-id')) ?? '');
    await reach(hcm(monday, '07:29'));
    await expect.poll(showsOffice, { timeout: LATE }).toBe(true);
    await reach(hcm(monday, '07:31'));
    await expect(shownSlide(player)).toContainText('Sáng mở cửa', { timeout: LATE });
    await reach(hcm(monday, '11:31'));
    await expect.poll(showsOffice, { timeout: LATE }).toBe(true);
    await reach(hcm(monday, '13:31'));
    await expect(shownSlide(player)).toContainText('Chiều mở cửa', { timeout: LATE });
    // The Saturday of that week.
    await reach(hcm(monday, '07:31') + 5 * 86_400_000);
    await expect(shownSlide(player)).toContainText('Sáng thứ Bảy', { timeout: LATE });
    // The first weekday holiday of the shipped calendar after that week, at opening time.
    const holiday = holidays
      .map(({ date }) => date)
      .sort()
      .find((date) => date > monday && ![0, 6].includes(new Date(date).getUTCDay()));
    if (!holiday) throw new Error('no weekday holiday in the shipped calendar after this week');
    await reach(hcm(holiday, '07:31'));
    await expect(player.locator('player-app')).toHaveAttribute('data-state', 'off', {
      timeout: LATE,
    });
  } finally {
    await player.context().close();
    await manager.start();
  }
});

test('an urgent notice sent in one step reaches a playing screen within a second and ends on time offline', async ({
  page,
  browser,
}) => {
  const { token } = await pairScreen(manager.url, editor, 'Quầy');
  const player = await openPlayer(browser, token);
  await signIn(page, '#/');
  await page.getByRole('button', { name: 'Phát thông báo khẩn' }).click();
  const form = page.getByTestId('urgent-notice-form');
  await form.getByLabel('Nội dung thông báo').fill('Tạm dừng tiếp nhận hồ sơ 15 phút');
  await expect(form.getByLabel('Phát trong')).toHaveValue('30');

  // Timed from the manager's answer (the notice is stored and published), in this process.
  const sentAt = Date.now();
  const answered = page
    .waitForResponse((response) => response.url().endsWith('/api/urgent-notices'))
    .then(() => Date.now());
  await form.getByRole('button', { name: 'Phát ngay' }).click();
  const shown = player
    .getByText('Tạm dừng tiếp nhận hồ sơ 15 phút')
    .first()
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => Date.now());
  const [answeredAt, shownAt] = await Promise.all([answered, shown]);
  expect(shownAt - answeredAt).toBeLessThan(1_000);
  await expect(form.getByTestId('urgent-sent')).toBeVisible();
  await expect(page.getByTestId('urgent-active')).toContainText('Tạm dừng tiếp nhận hồ sơ');

  const { items } = await editor.get<{ items: { name: string; expiresAt: string | null }[] }>(
    '/api/schedules',
  );
  const endsAt = Date.parse(
    items.find((entry) => entry.name.startsWith('Tạm dừng'))?.expiresAt ?? '',
  );
  expect(endsAt - sentAt).toBeGreaterThan(29 * 60_000);
  expect(endsAt - sentAt).toBeLessThan(31 * 60_000);

  await manager.stop();
  try {
    await player.clock.pauseAt(endsAt - 2_000);
    await expect(shownSlide(player)).toContainText('Tạm dừng tiếp nhận hồ sơ');
    await player.clock.runFor(3_000);
    await expect(shownSlide(player)).not.toContainText('Tạm dừng tiếp nhận hồ sơ');
  } finally {
    await player.context().close();
    await manager.start();
  }
});
