import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../helpers/chromium.js';
import { EditorClient } from '../helpers/editor-client.js';
import { startManager } from '../helpers/manager-process.js';
import { pairScreen } from '../helpers/pair-screen.js';
import {
  type Created,
  messageSlide,
  setDefaultPlaylist,
  uploadFixture,
} from '../helpers/player-scenario.js';
import type { BenchFigure } from './bench-figure.js';

const TRANSITIONS = 5_000;
const SAMPLE_EVERY = 500;
const PROCEDURE_PAGES = 3;
const SECONDS_PER_PAGE = 3;

interface Sample {
  transitions: number;
  heapBytes: number;
  domNodes: number;
  videos: number;
}

/**
 * JS heap, DOM nodes and video elements every 500 slide transitions over 5,000, with page.clock
 * moving time on: a picture, a WebM clip, a paged procedure table and a message, in a loop,
 * crossfading (the agency's setting, turned on here; the fades started are counted).
 */
export default async function playerMemory(): Promise<BenchFigure[]> {
  const manager = await startManager();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const editor = await EditorClient.signIn(manager.url);
    await seedLoop(manager.url, editor);
    const { token } = await pairScreen(manager.url, editor, 'Đo bộ nhớ');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.clock.install({ time: Date.now() });
    await page.goto(`${manager.url}/#token=${token}`);
    await page.waitForSelector('player-app[data-state="playing"]');
    await page.clock.pauseAt(Date.now() + 5_000);
    // tsx names compiled functions with a helper the page lacks.
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.evaluate(installSwapCounter);
    const cdp = await page.context().newCDPSession(page);

    const samples: Sample[] = [];
    // Counted after every transition: the samples fall on the same slide of the loop each time.
    let mostVideos = 0;
    for (let done = 1; done <= TRANSITIONS; done++) {
      await page.clock.fastForward(await page.evaluate(shownDurationMs));
      await page.waitForFunction((n) => (window as unknown as Counter).swaps >= n, done, {
        polling: 5,
      });
      mostVideos = Math.max(mostVideos, await page.evaluate(countVideos));
      if (done % SAMPLE_EVERY === 0) {
        samples.push(await sample(page, cdp, done));
        process.stdout.write(`  ${done} transitions\n`);
      }
    }
    const fades = await page.evaluate(() => (window as unknown as Counter).fades);
    return [...figures(samples, mostVideos), crossfadeFigure(fades)];
  } finally {
    await browser.close();
    await manager.dispose();
  }
}

interface Counter {
  swaps: number;
  fades: number;
}

/**
 * Counts slides swapped in (the stage's data-slide-id changes) and crossfades started (a buffer
 * marked `leaving`: the old slide kept under the new one while it fades in).
 */
function installSwapCounter(): void {
  const stage = document.querySelector('player-app')?.shadowRoot?.querySelector('player-stage');
  if (!stage?.shadowRoot) throw new Error('no stage');
  const counter = window as unknown as Counter;
  counter.swaps = 0;
  counter.fades = 0;
  new MutationObserver((records) => {
    counter.swaps += records.length;
  }).observe(stage, { attributes: true, attributeFilter: ['data-slide-id'] });
  new MutationObserver((records) => {
    // One swap changes a buffer's class twice (no longer visible, then leaving): count buffers.
    const started = new Set(
      records
        .filter((record) => !record.oldValue?.includes('leaving'))
        .map((record) => record.target as Element)
        .filter((buffer) => buffer.classList.contains('leaving')),
    );
    counter.fades += started.size;
  }).observe(stage.shadowRoot, {
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['class'],
  });
}

/**
 * How long the slide on screen stays, as the controller counts it: its plan, or longer when its
 * pages need more reading time (issue 16's pacing).
 */
function shownDurationMs(): number {
  const stage = document.querySelector('player-app')?.shadowRoot?.querySelector('player-stage');
  const slide = stage?.shadowRoot?.querySelector('.buffer.visible')?.firstElementChild as
    | (Element & { plan: { durationMs: number }; minDurationMs: number })
    | null
    | undefined;
  if (!slide) throw new Error('no slide shown');
  return Math.max(slide.plan.durationMs, slide.minDurationMs);
}

/** Video elements anywhere in the page, shadow trees included. */
function countVideos(): number {
  let count = 0;
  const visit = (root: Document | ShadowRoot) => {
    count += root.querySelectorAll('video').length;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return count;
}

async function sample(
  page: Page,
  cdp: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>,
  transitions: number,
): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    transitions,
    heapBytes: heap.usedSize,
    domNodes: dom.nodes,
    videos: await page.evaluate(countVideos),
  };
}

function figures(samples: Sample[], mostVideos: number): BenchFigure[] {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) throw new Error('no samples');
  process.stdout.write(
    `${samples.map((s) => `  ${s.transitions}: heap ${s.heapBytes} B, ${s.domNodes} nodes, ${s.videos} videos`).join('\n')}\n`,
  );
  const growth = ((last.heapBytes - first.heapBytes) / first.heapBytes) * 100;
  return [
    {
      benchmark: 'player memory',
      figure: `JS heap after ${last.transitions} transitions`,
      value: last.heapBytes,
      unit: 'B',
      baseline: { name: `after ${first.transitions}`, value: first.heapBytes },
    },
    {
      benchmark: 'player memory',
      figure: 'heap growth vs the first 500',
      value: Number(growth.toFixed(2)),
      unit: '%',
      target: '≤ 10 %',
      met: growth <= 10,
    },
    {
      benchmark: 'player memory',
      figure: `DOM nodes after ${last.transitions} transitions`,
      value: last.domNodes,
      unit: 'nodes',
      baseline: { name: `after ${first.transitions}`, value: first.domNodes },
    },
    {
      benchmark: 'player memory',
      figure: 'most video elements at once',
      value: mostVideos,
      unit: 'elements',
      target: '≤ 2',
      met: mostVideos <= 2,
    },
  ];
}

function crossfadeFigure(fades: number): BenchFigure {
  return {
    benchmark: 'player memory',
    figure: `crossfades started over ${TRANSITIONS} transitions`,
    value: fades,
    unit: 'fades',
  };
}

/** The loop: a picture, a clip, a paged table and a message, crossfading. */
async function seedLoop(baseUrl: string, editor: EditorClient): Promise<void> {
  const png = await uploadFixture(baseUrl, 'slide.png');
  const clip = await uploadFixture(baseUrl, 'clip.webm');
  for (let i = 1; i <= 12; i++) {
    await editor.post('/api/procedures', {
      code: `1.00${i}`,
      name: `Thủ tục thử số ${i}: đăng ký và cấp giấy chứng nhận`,
      field: 'Hộ tịch',
      timeLimit: '05 ngày làm việc',
      fees: 'Không',
    });
  }
  const image = await editor.post<Created>('/api/slides', {
    kind: 'image',
    title: 'Ảnh',
    mediaSha256: png.sha256,
  });
  const video = await editor.post<Created>('/api/slides', {
    kind: 'video',
    title: 'Phim',
    mediaSha256: clip.sha256,
  });
  const table = await editor.post<Created>('/api/slides', {
    kind: 'procedures',
    title: 'Thủ tục',
    heading: 'Thủ tục hộ tịch',
    field: 'Hộ tịch',
    rowsPerPage: 12 / PROCEDURE_PAGES,
    secondsPerPage: SECONDS_PER_PAGE,
  });
  const message = await messageSlide(editor, 'Chào mừng quý khách');
  const playlist = await editor.post<Created>('/api/playlists', {
    name: 'Vòng đo',
    items: [image, video, table, message].map((slide) => ({
      slideId: slide.id,
      durationSeconds: 1,
    })),
  });
  await setDefaultPlaylist(editor, playlist.id);
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, crossfade: true });
}
