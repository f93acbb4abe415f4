import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { readPairingCode } from '../helpers/player-page.js';

interface Created {
  id: string;
}

interface Holiday {
  date: string;
  name: string;
}

const ZONE_OFFSET = '+07:00';
const DAY_MS = 86_400_000;

// One demo manager (it ships the holiday calendar) for the file; each test stops it at the end.
test.describe.configure({ mode: 'serial' });
let manager: ManagerProcess;

test.beforeAll(async () => {
  manager = await startManager({ demo: true });
});

test.beforeEach(async () => {
  if (manager.pid() === undefined) await manager.start();
});

test.afterAll(async () => {
  await manager?.dispose();
});

async function playlistMaker(editor: EditorClient) {
  const slide = (heading: string) =>
    editor.post<Created>('/api/slides', { kind: 'message', title: heading, heading });
  return async (name: string, heading: string) =>
    editor.post<Created>('/api/playlists', {
      name,
      items: [{ slideId: (await slide(heading)).id, durationSeconds: 5 }],
    });
}

/** Pairs the page's player, its clock installed at `now`, as screen `name`. */
async function pairPlayer(page: Page, editor: EditorClient, now: number, name: string) {
  await page.clock.install({ time: now });
  await page.goto(manager.url);
  const code = await readPairingCode(page);
  await editor.post('/api/screens/pair', { code, name });
}

/** YYYY-MM-DD of an instant in Asia/Ho_Chi_Minh. */
function localDate(epochMs: number): string {
  return new Date(epochMs + 7 * 3_600_000).toISOString().slice(0, 10);
}

const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** The first working weekday from tomorrow on, and the first weekday holiday after it. */
function pickDays(holidays: Holiday[], now: number) {
  const closed = new Set(holidays.map((holiday) => holiday.date));
  let day = now + DAY_MS;
  while (!isWeekday(localDate(day)) || closed.has(localDate(day))) day += DAY_MS;
  const workingDay = localDate(day);
  const holiday = holidays.find((h) => h.date > workingDay && isWeekday(h.date));
  if (!holiday) throw new Error('the shipped calendar has no weekday holiday ahead');
  return { workingDay, holiday };
}

test('on a shipped holiday the player shows the holiday playlist instead of the opening hours', async ({
  page,
}) => {
  const editor = await EditorClient.signIn(manager.url);
  const playlist = await playlistMaker(editor);
  const outside = await playlist('Ngoài giờ', 'Ngoài giờ làm việc');
  const open = await playlist('Giờ mở cửa', 'Đang tiếp nhận hồ sơ');
  const closed = await playlist('Nghỉ lễ', 'Hôm nay nghỉ lễ');
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: outside.id });
  // Above the demo's own opening hours; a playlist entry skips holidays unless told otherwise.
  await editor.post('/api/schedules', {
    name: 'Giờ làm việc',
    playlistId: open.id,
    weekdays: [1, 2, 3, 4, 5],
    startTime: '07:30',
    endTime: '17:00',
    priority: 20,
  });
  await editor.post('/api/schedules', {
    name: 'Thông báo nghỉ lễ',
    playlistId: closed.id,
    holidayMode: 'only',
    priority: 30,
  });

  const now = Date.now();
  const { items } = await editor.get<{ items: Holiday[] }>('/api/holidays');
  const { workingDay, holiday } = pickDays(items, now);

  await pairPlayer(page, editor, now, 'Sảnh');
  await expect(page.getByText(/Ngoài giờ làm việc|Đang tiếp nhận hồ sơ/)).toBeVisible();

  // The holidays travel in the manifest: the player needs the manager no more.
  await manager.stop();
  await page.clock.pauseAt(Date.parse(`${workingDay}T09:00:00${ZONE_OFFSET}`));
  await expect(page.getByText('Đang tiếp nhận hồ sơ')).toBeVisible();

  await page.clock.pauseAt(Date.parse(`${holiday.date}T09:00:00${ZONE_OFFSET}`));
  await expect(page.getByText('Hôm nay nghỉ lễ')).toBeVisible();
  await expect(page.getByText('Đang tiếp nhận hồ sơ')).toBeHidden();
});

test('on a shipped holiday with nothing else scheduled and no default playlist, the player shows its idle screen', async ({
  page,
}) => {
  const editor = await EditorClient.signIn(manager.url);
  const playlist = await playlistMaker(editor);
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: null });
  const { items: entries } = await editor.get<{ items: Created[] }>('/api/schedules');
  for (const entry of entries) await editor.request('DELETE', `/api/schedules/${entry.id}`);
  const open = await playlist('Giờ tiếp dân', 'Mời vào tiếp dân');
  await editor.post('/api/schedules', {
    name: 'Giờ tiếp dân',
    playlistId: open.id,
    weekdays: [1, 2, 3, 4, 5],
    startTime: '07:30',
    endTime: '17:00',
    holidayMode: 'skip',
  });

  const now = Date.now();
  const { items } = await editor.get<{ items: Holiday[] }>('/api/holidays');
  const { workingDay, holiday } = pickDays(items, now);
  await pairPlayer(page, editor, now, 'Quầy một cửa');
  // Synced: it plays or rests, whichever the real time calls for.
  await expect(
    page.locator('player-app[data-state="playing"], player-app[data-state="idle"]'),
  ).toHaveCount(1);

  await manager.stop();
  await page.clock.pauseAt(Date.parse(`${workingDay}T09:00:00${ZONE_OFFSET}`));
  await expect(page.getByText('Mời vào tiếp dân')).toBeVisible();

  await page.clock.pauseAt(Date.parse(`${holiday.date}T09:00:00${ZONE_OFFSET}`));
  await expect(page.locator('player-idle')).toBeVisible();
  await expect(page.getByText('Mời vào tiếp dân')).toBeHidden();
});
