import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { readPairingCode, shownSlide } from '../helpers/player-page.js';

interface Created {
  id: string;
}

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

async function pairThroughApi(page: Page, editor: EditorClient, name: string): Promise<string> {
  await page.goto(manager.url);
  await expect(page.locator('[data-state="unpaired"]')).toBeVisible();
  const code = await readPairingCode(page);
  const screen = await editor.post<Created>('/api/screens/pair', { code, name });
  return screen.id;
}

async function messageSlide(editor: EditorClient, heading: string): Promise<Created> {
  return editor.post<Created>('/api/slides', {
    kind: 'message',
    title: heading,
    heading,
    body: '',
  });
}

test('the demo screen link plays the demo playlist at once', async ({ page }) => {
  manager = await startManager({ demo: true });
  const token = readFileSync(join(manager.dataDir, 'demo-screen.token'), 'utf8').trim();
  await page.goto(`${manager.url}/#token=${token}`);
  await expect(page.locator('[data-state="playing"]')).toBeVisible();
  await expect(shownSlide(page)).toHaveAttribute(
    'data-slide-kind',
    /message|procedures|qr|hotlines/,
  );
  expect(new URL(page.url()).hash).toBe('');
});

test('an unpaired screen shows a pairing code, and plays once an editor claims it', async ({
  page,
}) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slide = await messageSlide(editor, 'Chào mừng quý khách');
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'Vòng thử',
    items: [{ slideId: slide.id, durationSeconds: 5 }],
  });
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: playlist.id });

  await pairThroughApi(page, editor, 'Quầy 1');

  await expect(page.locator('[data-state="playing"]')).toBeVisible();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', slide.id);
  await expect(page.getByText('Chào mừng quý khách')).toBeVisible();
});

test('slides advance in playlist order', async ({ page }) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slides = [
    await messageSlide(editor, 'Một'),
    await messageSlide(editor, 'Hai'),
    await messageSlide(editor, 'Ba'),
  ];
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'Thứ tự',
    items: slides.map((slide) => ({ slideId: slide.id, durationSeconds: 1 })),
  });
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: playlist.id });
  await pairThroughApi(page, editor, 'Quầy 2');
  await expect(page.locator('[data-state="playing"]')).toBeVisible();

  const seen: string[] = [];
  const deadline = Date.now() + 15_000;
  // Each slide stays at least its reading time (a base of 2 s plus its text), so about 2.5 s.
  while (seen.length < 5 && Date.now() < deadline) {
    const id = await shownSlide(page).getAttribute('data-slide-id');
    if (id && seen.at(-1) !== id) seen.push(id);
    await page.waitForTimeout(100);
  }
  const order = slides.map((slide) => slide.id);
  const start = order.indexOf(seen[0] ?? '');
  expect(start).toBeGreaterThanOrEqual(0);
  const expected = seen.map((_, index) => order[(start + index) % order.length]);
  expect(seen).toEqual(expected);
  expect(seen.length).toBeGreaterThanOrEqual(4);
});

test('a slide changed through the API shows on screen without a reload', async ({ page }) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slide = await messageSlide(editor, 'Trước khi sửa');
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'Một slide',
    items: [{ slideId: slide.id, durationSeconds: 2 }],
  });
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: playlist.id });
  await pairThroughApi(page, editor, 'Quầy 3');
  await expect(page.getByText('Trước khi sửa')).toBeVisible();

  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await editor.put(`/api/slides/${slide.id}`, {
    kind: 'message',
    title: 'Sau khi sửa',
    heading: 'Sau khi sửa',
    body: 'Nội dung mới',
  });

  await expect(page.getByText('Sau khi sửa')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});
