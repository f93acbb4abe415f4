import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { readPairingCode } from '../helpers/player-page.js';

interface Created {
  id: string;
}
interface CommandLog {
  items: Array<{ id: string; command: string; ack: { status: string } | null }>;
}

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

test('a screen carries out identify and acknowledges it to the manager', async ({ page }) => {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const slide = await editor.post<Created>('/api/slides', {
    kind: 'message',
    title: 'Chào',
    heading: 'Chào',
  });
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'P',
    items: [{ slideId: slide.id, durationSeconds: 5 }],
  });
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: playlist.id });
  await page.goto(manager.url);
  const code = await readPairingCode(page);
  const screen = await editor.post<Created>('/api/screens/pair', { code, name: 'Quầy 7' });
  await expect(page.getByText('Chào')).toBeVisible();

  const sent = await editor.post<Created>(`/api/screens/${screen.id}/commands`, {
    command: 'identify',
  });
  await expect(page.getByTestId('identify')).toHaveText('Quầy 7');
  await expect
    .poll(async () => {
      const log = await editor.get<CommandLog>(`/api/screens/${screen.id}/commands`);
      return log.items.find((item) => item.id === sent.id)?.ack?.status ?? null;
    })
    .toBe('done');
});
