import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { readPairingCode } from '../helpers/player-page.js';

interface Created {
  id: string;
}

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

/** HH:MM in Asia/Ho_Chi_Minh of an instant. */
function localTime(epochMs: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
}

test('a screen switches playlist at a schedule boundary with the manager stopped', async ({
  page,
}) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const before = await editor.post<Created>('/api/slides', {
    kind: 'message',
    title: 'Trước giờ',
    heading: 'Trước giờ',
  });
  const after = await editor.post<Created>('/api/slides', {
    kind: 'message',
    title: 'Đến giờ',
    heading: 'Đến giờ',
  });
  const daytime = await editor.post<Created>('/api/playlists', {
    name: 'Mặc định',
    items: [{ slideId: before.id, durationSeconds: 5 }],
  });
  const scheduled = await editor.post<Created>('/api/playlists', {
    name: 'Theo lịch',
    items: [{ slideId: after.id, durationSeconds: 5 }],
  });
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: daytime.id });

  // The boundary is the start of the minute after next, so the screen plays the default first.
  const now = Date.now();
  const boundary = Math.ceil((now + 60_000) / 60_000) * 60_000;
  await editor.post('/api/schedules', {
    name: 'Khung giờ thử',
    playlistId: scheduled.id,
    startTime: localTime(boundary),
    endTime: localTime(boundary + 30 * 60_000),
    priority: 5,
  });

  await page.clock.install({ time: now });
  await page.goto(manager.url);
  const code = await readPairingCode(page);
  await editor.post('/api/screens/pair', { code, name: 'Sảnh' });
  await expect(page.getByText('Trước giờ')).toBeVisible();

  await manager.stop();
  await page.clock.pauseAt(boundary - 1_000);
  await expect(page.getByText('Trước giờ')).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(page.getByText('Đến giờ')).toBeVisible();
});
