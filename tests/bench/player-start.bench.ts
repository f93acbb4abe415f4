import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../helpers/chromium.js';
import { EditorClient } from '../helpers/editor-client.js';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { pairScreen } from '../helpers/pair-screen.js';
import { messageSlide, setDefaultPlaylist } from '../helpers/player-scenario.js';
import type { BenchFigure } from './bench-figure.js';

const RUNS = 5;
const HEADING = 'Chào mừng quý khách đến Bộ phận Một cửa';
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Time from navigation to the first slide painted, after a browser start with the screen's
 * profile (a TV switched on): with the manager up, and with it down (the service worker alone);
 * beside a static page showing the same heading, loaded the same way.
 */
export default async function playerStart(): Promise<BenchFigure[]> {
  const manager = await startManager();
  const profile = mkdtempSync(join(tmpdir(), 'bang-tin-start-'));
  const baseline = await staticSlideServer();
  try {
    const editor = await EditorClient.signIn(manager.url);
    const slide = await messageSlide(editor, HEADING);
    const playlist = await editor.post<{ id: string }>('/api/playlists', {
      name: 'Khởi động',
      items: [{ slideId: slide.id, durationSeconds: 30 }],
    });
    await setDefaultPlaylist(editor, playlist.id);
    await prepareProfile(profile, manager, editor);

    const staticMs = await median(() => coldStart(null, baseline.url, 'static'));
    const onlineMs = await median(() => coldStart(profile, manager.url, 'player'));
    await manager.stop();
    const offlineMs = await median(() => coldStart(profile, manager.url, 'player'));

    const base = { name: 'static page, same slide', value: round(staticMs) };
    return [
      figure('cold start, manager up', onlineMs, base),
      figure('cold start, manager down (service worker)', offlineMs, base),
    ];
  } finally {
    baseline.server.close();
    await manager.dispose();
    rmSync(profile, { recursive: true, force: true });
  }
}

function figure(label: string, value: number, baseline: { name: string; value: number }) {
  return {
    benchmark: 'player start',
    figure: `first slide painted, ${label}`,
    value: round(value),
    unit: 'ms',
    baseline,
    target: '≤ 2 × baseline',
    met: value <= 2 * baseline.value,
  } satisfies BenchFigure;
}

/** Which page is measured: the player (its stage showing a slide) or the static baseline. */
type Measured = 'player' | 'static';

/** Pairs the profile's screen and plays once, so that the service worker and storage are set. */
async function prepareProfile(profile: string, manager: ManagerProcess, editor: EditorClient) {
  const { token } = await pairScreen(manager.url, editor, 'Đo khởi động');
  const context = await launch(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${manager.url}/#token=${token}`);
    await paintedAt(page, 'player');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } finally {
    await context.close();
  }
}

/**
 * Starts a browser (with `profile`, or a fresh one), navigates to `url` and answers how long
 * after navigation start the slide was first there at a frame.
 */
async function coldStart(profile: string | null, url: string, measured: Measured) {
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'bang-tin-start-static-'));
  const context = await launch(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'commit' });
    return await paintedAt(page, measured);
  } finally {
    await context.close();
    if (!profile) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * performance.now() (ms since navigation start) at the first frame showing the slide. A
 * function, not a string: the player's content policy forbids evaluating strings.
 */
async function paintedAt(page: Page, measured: Measured): Promise<number> {
  const handle = await page.waitForFunction(
    (kind) => {
      const shown =
        kind === 'static'
          ? document.querySelector('h1')
          : document
              .querySelector('player-app')
              ?.shadowRoot?.querySelector('player-stage[data-slide-id]');
      return shown ? performance.now() : 0;
    },
    measured,
    { polling: 'raf', timeout: 30_000 },
  );
  return Number(await handle.jsonValue());
}

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    viewport: VIEWPORT,
  });
}

/** The baseline: the same heading on a plain page, served over HTTP from this process. */
async function staticSlideServer(): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Bảng tin</title>
<body style="margin:0;background:#061a2e;color:#fff;font-family:system-ui"><main style="padding:48px">
<h1 style="font-size:72px">${HEADING}</h1></main></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}/` };
}

async function median(measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let run = 0; run < RUNS; run++) values.push(await measure());
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? Number.NaN;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
