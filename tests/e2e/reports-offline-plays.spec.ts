import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import {
  countStoredPlays,
  messageSlide,
  openPairedPlayer,
  playlistOf,
  queuedPlays,
  readStageWatch,
  setDefaultPlaylist,
  watchStage,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

interface Report {
  totals: { plays: number; durationMs: number; screensReached: number };
  rows: { item: { name: string }; plays: number }[];
}

/** The local date in Hà Nội `days` away from `epochMs`. */
const hanoiDate = (epochMs: number, days = 0) =>
  new Date(epochMs + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test('a player that goes offline keeps playing, and the report counts every play exactly once', async ({
  page,
  context,
}) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slides = [
    await editor.post<{ id: string }>('/api/slides', {
      kind: 'message',
      title: 'Một cửa',
      heading: 'Một cửa',
      tags: ['CCHC'],
    }),
    await messageSlide(editor, 'Giờ làm việc'),
  ];
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Sảnh', slides, 5)).id);

  const start = Date.now();
  await page.clock.install({ time: start });
  const { screenId } = await openPairedPlayer(page, manager.url, editor, 'Sảnh chính');
  await page.clock.pauseAt(Date.now() + 2_000);
  await watchStage(page);
  const before = (await queuedPlays(page)) + countStoredPlays(manager.dataDir, screenId);

  await context.setOffline(true);
  for (let step = 1; step <= 10; step++) {
    await page.clock.fastForward(5_000);
    await expect.poll(async () => (await readStageWatch(page)).swaps).toBe(step);
  }
  const offlinePlays = await queuedPlays(page);
  expect(offlinePlays).toBeGreaterThanOrEqual(10);

  await context.setOffline(false);
  // Back online, the queue is sent (the upload timer runs on the page's clock too).
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(5_000);
        return countStoredPlays(manager.dataDir, screenId);
      },
      { intervals: [200], timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(before + offlinePlays);

  // Time is paused now: every slide that ended is stored or still queued, exactly once (polled,
  // since an upload may be in flight).
  const { swaps, blanks } = await readStageWatch(page);
  expect(blanks).toBe(0);
  const played = before + swaps;
  await expect
    .poll(async () => (await queuedPlays(page)) + countStoredPlays(manager.dataDir, screenId))
    .toBe(played);

  const query = `period=custom&from=${hanoiDate(start, -1)}&to=${hanoiDate(start, 1)}&screenId=${screenId}`;
  // The report counts each stored play once, and with the plays still queued makes every play.
  let report: Report = { totals: { plays: 0, durationMs: 0, screensReached: 0 }, rows: [] };
  await expect
    .poll(async () => {
      report = await editor.get<Report>(`/api/reports/plays?${query}&by=slide`);
      const queued = await queuedPlays(page);
      const stored = countStoredPlays(manager.dataDir, screenId);
      return { everyPlay: report.totals.plays + queued, asStored: report.totals.plays === stored };
    })
    .toEqual({ everyPlay: played, asStored: true });
  const stored = report.totals.plays;
  expect(report.totals.plays).toBeGreaterThanOrEqual(before + offlinePlays);
  expect(report.totals.screensReached).toBe(1);
  expect(report.totals.durationMs).toBeGreaterThanOrEqual(stored * 4_000);
  const byTag = await editor.get<Report>(`/api/reports/plays?${query}&by=tag&tag=CCHC`);
  const cchc = report.rows.find((row) => row.item.name === 'Một cửa')?.plays ?? 0;
  expect(byTag.totals.plays).toBe(cchc);
  expect(cchc).toBeGreaterThanOrEqual(Math.floor(stored / 2));

  // The heartbeat that records the contact may land a moment after the plays.
  await expect
    .poll(
      async () => {
        const screens = await editor.get<{ items: { id: string; lastSeenAt: string | null }[] }>(
          '/api/monitoring/screens',
        );
        return screens.items.find((s) => s.id === screenId)?.lastSeenAt ?? null;
      },
      { timeout: 30_000 },
    )
    .not.toBeNull();
});
