import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { shownSlide } from '../helpers/player-page.js';
import {
  type Created,
  messageSlide,
  openPairedPlayer,
  playlistOf,
  setDefaultPlaylist,
  uploadFixture,
} from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

/** A screen playing one message slide from the default playlist (time under the test's hand). */
async function playingScreen(page: Page) {
  manager = await startManager();
  const editor = await EditorClient.signIn(manager.url);
  const old = await messageSlide(editor, 'Bản đang chạy');
  const playlist = await playlistOf(editor, 'Mặc định', [old], 3);
  await setDefaultPlaylist(editor, playlist.id);
  await page.clock.install({ time: Date.now() });
  const { screenId } = await openPairedPlayer(page, manager.url, editor, 'Quầy 1');
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', old.id);
  return { editor, old, playlist, screenId };
}

/** The next heartbeat's body, once the clock is moved past the heartbeat interval. */
async function nextHeartbeat(page: Page): Promise<{ manifestVersion: string; errors: string[] }> {
  const request = page.waitForRequest('**/api/device/heartbeat');
  await page.clock.fastForward(61_000);
  return (await request).postDataJSON();
}

/** Moves the clock on, ten seconds at a time, until the screen shows `slideId`. */
async function untilShown(page: Page, slideId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(10_000);
        return shownSlide(page).getAttribute('data-slide-id');
      },
      { intervals: [200], timeout: 20_000 },
    )
    .toBe(slideId);
}

test('a file whose bytes do not match its hash never plays; the last good version goes on and the error is reported', async ({
  page,
}) => {
  const { editor, old, playlist } = await playingScreen(page);
  const versionBefore = await page.evaluate(
    () => document.querySelector('player-app')?.manifest?.version,
  );
  const png = await uploadFixture(manager.url, 'slide.png');
  const onDisk = join(manager.dataDir, 'media', png.sha256);
  const good = readFileSync(onDisk);
  // Same length, one byte changed: only the checksum can tell.
  const bad = Buffer.from(good);
  bad[bad.length - 1] = (bad.at(-1) ?? 0) ^ 0xff;
  writeFileSync(onDisk, bad);
  const image = await editor.post<Created>('/api/slides', {
    kind: 'image',
    title: 'Ảnh mới',
    mediaSha256: png.sha256,
  });
  await editor.put(`/api/playlists/${playlist.id}`, {
    name: 'Mặc định',
    items: [{ slideId: image.id, durationSeconds: 3 }],
  });

  await expect(page.getByTestId('status')).toHaveAttribute('title', /checksum mismatch/);
  await page.clock.fastForward(10_000);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', old.id);
  const heartbeat = await nextHeartbeat(page);
  expect(heartbeat.manifestVersion).toBe(versionBefore);
  expect(heartbeat.errors.join('\n')).toMatch(/checksum mismatch/);
  const cached = await page.evaluate(async (sha) => {
    const cache = await caches.open('bang-tin-media-v1');
    return (await cache.match(`/media/${sha}`)) !== undefined;
  }, png.sha256);
  expect(cached).toBe(false);

  // Once the file is right again, a retry picks the new version up by itself.
  writeFileSync(onDisk, good);
  await untilShown(page, image.id);
});

const BROKEN = { schemaVersion: 1, version: 'broken', screen: 'not a screen' };

/**
 * The screen's event stream stood in for: each (re)connection announces version `broken`, with
 * the broken manifest along or (as for a manifest too large to send) without it.
 */
function brokenAnnouncement(page: Page, along: boolean) {
  const data = along ? { version: 'broken', manifest: BROKEN } : { version: 'broken' };
  return page.route('**/api/device/events', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/event-stream',
      body: `event: manifest\ndata: ${JSON.stringify(data)}\nid: 1\n\n`,
    }),
  );
}

for (const channel of ['sent with its event', 'fetched'] as const) {
  test(`a manifest ${channel} that fails the schema is refused; the last good version goes on and the error is reported`, async ({
    page,
  }) => {
    await brokenAnnouncement(page, channel === 'sent with its event');
    const { editor, old, playlist } = await playingScreen(page);
    if (channel === 'fetched') {
      await page.route('**/api/device/manifest', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { etag: '"broken"' },
          body: JSON.stringify(BROKEN),
        }),
      );
    }

    await expect
      .poll(
        async () => {
          await page.clock.fastForward(2_000);
          return page.getByTestId('status').getAttribute('title');
        },
        { intervals: [200], timeout: 20_000 },
      )
      .toMatch(/manifest rejected/);
    await expect(shownSlide(page)).toHaveAttribute('data-slide-id', old.id);
    const heartbeat = await nextHeartbeat(page);
    expect(heartbeat.manifestVersion).not.toBe('broken');
    expect(heartbeat.errors.join('\n')).toMatch(/manifest rejected/);

    await page.unrouteAll();
    const fresh = await messageSlide(editor, 'Bản mới');
    await editor.put(`/api/playlists/${playlist.id}`, {
      name: 'Mặc định',
      items: [{ slideId: fresh.id, durationSeconds: 3 }],
    });
    await untilShown(page, fresh.id);
  });
}
