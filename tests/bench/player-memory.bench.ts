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
 * moving time on: a picture, a WebM clip, a paged procedure table and a message, in a loop.
 */
export default async function playerMemory(): Promise<BenchFigure[]> {
  const manager = await startManager();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const editor = await EditorClient.signIn(manager.url);
    const durations = await seedLoop(manager.url, editor);
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
      const shown = await page.evaluate(currentSlideId);
      await page.clock.fastForward(durations.get(shown ?? '') ?? 1_000);
      await page.waitForFunction((n) => (window as unknown as Counter).swaps >= n, done, {
        polling: 5,
      });
      mostVideos = Math.max(mostVideos, await page.evaluate(countVideos));
      if (done % SAMPLE_EVERY === 0) samples.push(await sample(page, cdp, done));
    }
    return figures(samples, mostVideos);
  } finally {
    await browser.close();
    await manager.dispose();
  }
}

interface Counter {
  swaps: number;
}

/** Counts slides swapped in (the stage's data-slide-id changes). */
function installSwapCounter(): void {
  const stage = document.querySelector('player-app')?.shadowRoot?.querySelector('player-stage');
  if (!stage) throw new Error('no stage');
  const counter = window as unknown as Counter;
  counter.swaps = 0;
  new MutationObserver((records) => {
    counter.swaps += records.length;
  }).observe(stage, { attributes: true, attributeFilter: ['data-slide-id'] });
}

function currentSlideId(): string | null {
  const app = document.querySelector('player-app')?.shadowRoot;
  return app?.querySelector('player-stage')?.getAttribute('data-slide-id') ?? null;
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

/** The loop's slides, and how long each stays on screen (ms), by id. */
async function seedLoop(baseUrl: string, editor: EditorClient): Promise<Map<string, number>> {
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
  return new Map([
    [image.id, 1_000],
    [video.id, 1_000],
    [table.id, PROCEDURE_PAGES * SECONDS_PER_PAGE * 1_000],
    [message.id, 1_000],
  ]);
}
