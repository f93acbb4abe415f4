import { expect, type Page, test } from '@playwright/test';
import { type CuttableProxy, startCuttableProxy } from '../helpers/cuttable-proxy.js';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { pairScreen } from '../helpers/pair-screen.js';
import { readPairingCode, shownSlide } from '../helpers/player-page.js';
import {
  messageSlide,
  playlistOf,
  reportedErrors,
  setDefaultPlaylist,
  waitForServiceWorker,
} from '../helpers/player-scenario.js';

// The player believes nothing it cannot check (issue 18): every request goes through a proxy
// that the tests make lie, refuse or disappear.

let manager: ManagerProcess;
let proxy: CuttableProxy;

test.afterEach(async () => {
  await proxy?.close();
  await manager?.dispose();
});

/** HH:MM in Asia/Ho_Chi_Minh (the screens' default zone) of an instant. */
function localTime(epochMs: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
}

/** A manager with one five-second default slide, a proxy in front, a paired player behind it. */
async function screenBehindProxy(page: Page) {
  manager = await startManager();
  proxy = await startCuttableProxy(manager.url);
  const editor = await EditorClient.signIn(manager.url);
  const day = await messageSlide(editor, 'Ban ngày');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mặc định', [day], 5)).id);
  const { token, screenId } = await pairScreen(manager.url, editor, 'Sảnh');
  await page.goto(`${proxy.url}/#token=${token}`);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
  return { editor, day, screenId, token };
}

const clockText = (page: Page) => page.locator('player-clock');
const status = (page: Page) => page.getByTestId('status');

test('a proxy answering with a 1970 server time changes neither the date shown nor the content', async ({
  page,
}) => {
  const { day, screenId } = await screenBehindProxy(page);
  proxy.rewriteHeaders((headers) => {
    headers['x-server-time'] = '1000';
  });
  await page.reload();
  // The heartbeat (itself stamped 1970 on its way back) says the time was refused.
  await expect
    .poll(() => reportedErrors(manager.dataDir, screenId).join('\n'), { timeout: 20_000 })
    .toMatch(/clock: server time 1970-01-01T00:00:01\.000Z is before/);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
  await expect(clockText(page)).toContainText(String(new Date().getFullYear()));
  await expect(clockText(page)).not.toContainText('1970');
});

test('a +12 h jump of the device clock never shows the night playlist before the manager confirms it', async ({
  page,
}) => {
  manager = await startManager();
  proxy = await startCuttableProxy(manager.url);
  const editor = await EditorClient.signIn(manager.url);
  const day = await messageSlide(editor, 'Ban ngày');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mặc định', [day], 5)).id);
  const night = await messageSlide(editor, 'Ban đêm');
  const now = Date.now();
  const later = now + 12 * 3_600_000;
  await editor.post('/api/schedules', {
    name: 'Đêm',
    playlistId: (await playlistOf(editor, 'Đêm', [night], 5)).id,
    startTime: localTime(later - 30 * 60_000),
    endTime: localTime(later + 30 * 60_000),
    priority: 5,
  });
  await page.clock.install({ time: now });
  const { token } = await pairScreen(manager.url, editor, 'Sảnh');
  await page.goto(`${proxy.url}/#token=${token}`);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { seenSlides: Set<string> }).seenSlides = seen;
    const stage = document.querySelector('player-app')?.shadowRoot?.querySelector('player-stage');
    new MutationObserver(() => {
      for (const slide of stage?.shadowRoot?.querySelectorAll('[data-slide-id]') ?? []) {
        seen.add(slide.getAttribute('data-slide-id') ?? '');
      }
    }).observe(stage?.shadowRoot as ShadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  });

  // Only the device clock moves; the manager's time (and the monotonic clock) do not.
  await page.clock.setSystemTime(later);
  await page.clock.runFor(20_000);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
  const seen = await page.evaluate(() => [
    ...(window as unknown as { seenSlides: Set<string> }).seenSlides,
  ]);
  expect(seen).not.toContain(night.id);
});

test('an older manifest served again is refused: the screen keeps the newer one', async ({
  page,
}) => {
  const { editor, token } = await screenBehindProxy(page);
  const older = await (
    await fetch(`${proxy.url}/api/device/manifest`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).text();
  const fresh = await messageSlide(editor, 'Bản mới');
  await setDefaultPlaylist(editor, (await playlistOf(editor, 'Mới', [fresh], 5)).id);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', fresh.id, { timeout: 15_000 });

  const served = proxy.seen.length;
  proxy.answer((req) =>
    req.url?.startsWith('/api/device/manifest')
      ? { status: 200, headers: { 'content-type': 'application/json' }, body: older }
      : undefined,
  );
  await page.reload();
  await expect
    .poll(() => proxy.seen.slice(served).filter((url) => url.includes('manifest')).length)
    .toBeGreaterThan(0);
  await expect(status(page)).toHaveText('Lỗi đồng bộ');
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', fresh.id);
});

test('a bare 401 keeps the screen playing; only the manager saying "revoked" unpairs it', async ({
  page,
}) => {
  const { editor, day, screenId } = await screenBehindProxy(page);
  proxy.answer((req) =>
    req.url?.startsWith('/api/device/')
      ? {
          status: 401,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ error: { code: 'unauthorized', message: 'proxy says no' } }),
        }
      : undefined,
  );
  await page.reload();
  await expect(status(page)).toBeVisible();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
  await expect(page.getByTestId('pairing-code')).toHaveCount(0);

  proxy.answer(null);
  await editor.post(`/api/screens/${screenId}/revoke`, {});
  expect(await readPairingCode(page)).toMatch(/^\d{6}$/);
});

test('an offline boot says "Ngoại tuyến" from the start, not "Lỗi đồng bộ"', async ({ page }) => {
  const { day } = await screenBehindProxy(page);
  await waitForServiceWorker(page);
  await proxy.cut();
  await page.reload();
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
  await expect(status(page)).toHaveText('Ngoại tuyến', { timeout: 10_000 });
});

test('a page that started without a service worker reloads once into a new build', async ({
  page,
}) => {
  const { day } = await screenBehindProxy(page);
  await waitForServiceWorker(page);
  const script = await page.evaluate(
    () =>
      new URL((document.querySelector('script[type=module]') as HTMLScriptElement).src).pathname,
  );
  const original = await (await fetch(`${manager.url}/sw.js`)).text();
  const name = script.slice(1);
  expect(original).toContain(`"${name}"`);
  // The next build: the page's script is no longer in the app shell the new worker precaches.
  const next = original.replace(`"${name}"`, `"${name}?build=2"`);
  proxy.answer((req) =>
    req.url === '/sw.js'
      ? { status: 200, headers: { 'content-type': 'text/javascript' }, body: next }
      : undefined,
  );
  let loads = 0;
  page.on('load', () => loads++);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect.poll(() => loads, { timeout: 30_000 }).toBe(1);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
  await page.waitForTimeout(3_000);
  expect(loads).toBe(1);
});

test('a broken deploy (a worker with a syntax error, a precached file answering 500) changes nothing', async ({
  page,
}) => {
  const { day } = await screenBehindProxy(page);
  await waitForServiceWorker(page);
  let loads = 0;
  page.on('load', () => loads++);
  const update = () =>
    page.evaluate(async () => {
      try {
        await (await navigator.serviceWorker.getRegistration())?.update();
        return 'updated';
      } catch {
        return 'failed';
      }
    });

  proxy.answer((req) =>
    req.url === '/sw.js'
      ? { status: 200, headers: { 'content-type': 'text/javascript' }, body: 'self.oops = (' }
      : undefined,
  );
  expect(await update()).toBe('failed');

  const original = await (await fetch(`${manager.url}/sw.js`)).text();
  const next = original.replace(
    /"url":"index\.html","revision":"[0-9a-f]+"/,
    '"url":"index.html","revision":"2"',
  );
  expect(next).not.toBe(original);
  proxy.answer((req) => {
    if (req.url === '/sw.js') {
      return { status: 200, headers: { 'content-type': 'text/javascript' }, body: next };
    }
    return req.url?.includes('__WB_REVISION__') ? { status: 500 } : undefined;
  });
  await update();
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.installing === null && registration?.waiting === null;
      }),
    )
    .toBe(true);
  await page.waitForTimeout(2_000);
  expect(loads).toBe(0);
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', day.id);
});
