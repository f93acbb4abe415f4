import type { QrCode } from '@bangtin/shared';
import { qrPath } from '@bangtin/shared/qr';
import { expect, test } from '@playwright/test';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { uploadFixture } from '../helpers/player-scenario.js';

let manager: ManagerProcess;

test.afterEach(async () => {
  await manager?.dispose();
});

const agency = {
  agencyName: 'UBND phường Bến Thành',
  agencySubtitle: 'Bộ phận Một cửa',
  logoSha256: null,
  tickerText: 'Chào mừng quý khách',
};

function previewMessage(
  slide: Record<string, unknown>,
  layout: 'full' | 'strip' = 'full',
  qrCodes: Record<string, QrCode> = {},
) {
  return {
    type: 'bang-tin-preview',
    slide,
    procedures: [],
    hotlines: [],
    agency,
    orientation: 'landscape',
    layout,
    qrCodes,
  };
}

test('preview mode shows each slide posted by the admin page, and nothing else happens', async ({
  page,
}) => {
  manager = await startManager();
  const png = await uploadFixture(manager.url, 'slide.png');
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  // A host page on the manager's origin, standing in for the admin UI.
  await page.route('**/preview-host', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><iframe src="/?preview=1" width="960" height="540"></iframe>',
    }),
  );
  await page.addInitScript(() => {
    if (window.parent !== window) return;
    addEventListener('message', (event) => {
      if ((event.data as { type?: string })?.type === 'bang-tin-preview-ready') {
        (window as unknown as { previewReady: boolean }).previewReady = true;
      }
    });
  });
  await page.goto(`${manager.url}/preview-host`);
  await page.waitForFunction(() => (window as unknown as { previewReady?: boolean }).previewReady);
  const frame = page.frameLocator('iframe');
  const post = (message: unknown) =>
    page.evaluate((data) => {
      document.querySelector('iframe')?.contentWindow?.postMessage(data, location.origin);
    }, message);

  await post(
    previewMessage({ id: 'draft', kind: 'message', title: 'Nháp', heading: 'Bản nháp đầu' }),
  );
  await expect(frame.getByText('Bản nháp đầu')).toBeVisible();
  await expect(frame.getByText('UBND phường Bến Thành')).toBeVisible();

  await post(previewMessage({ id: 'draft', kind: 'image', title: 'Ảnh', mediaSha256: png.sha256 }));
  const picture = frame.locator('[data-slide-id="draft"] img');
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);

  // The player draws the QR code it is given; without one it shows the address alone.
  const url = 'https://dichvucong.gov.vn';
  const qr = { id: 'draft', kind: 'qr', title: 'QR', heading: 'Quét mã để nộp hồ sơ', url };
  await post(previewMessage(qr, 'full', { [url]: qrPath(url) }));
  const code = frame.getByRole('img', { name: url });
  await expect(code).toBeVisible();
  await expect(code.locator('path')).toHaveAttribute('d', qrPath(url).path);
  await post(previewMessage({ ...qr, heading: 'Chưa có mã' }));
  await expect(frame.getByText('Chưa có mã')).toBeVisible();
  await expect(frame.getByText(url)).toBeVisible();
  await expect(frame.getByRole('img', { name: url })).toHaveCount(0);

  // A message that fails the schema, or comes from another origin, is never shown.
  await frame.locator('body').evaluate(() => {
    const app = document.querySelector('player-app')?.shadowRoot;
    const seen = new Set<string>();
    (window as unknown as { seenSlides: Set<string> }).seenSlides = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const id = (record.target as Element).getAttribute('data-slide-id');
        if (id) seen.add(id);
      }
    }).observe(app as Node, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-slide-id'],
    });
  });
  await post({ type: 'bang-tin-preview', slide: { id: 'broken', kind: 'message' } });
  await frame.locator('body').evaluate(
    (body, message) => {
      const from = new MessageEvent('message', { data: message, origin: 'https://example.com' });
      body.ownerDocument.defaultView?.dispatchEvent(from);
    },
    previewMessage({ id: 'x', kind: 'message', title: 'X', heading: 'Từ nơi khác' }),
  );
  await post(
    previewMessage(
      { id: 'draft', kind: 'message', title: 'Nháp', heading: 'Dòng chữ chạy' },
      'strip',
    ),
  );
  await expect(frame.locator('player-stage[layout="strip"]')).toBeAttached();
  await expect(frame.getByText('Dòng chữ chạy')).toBeVisible();
  const seen = await frame
    .locator('body')
    .evaluate(() => [...(window as unknown as { seenSlides: Set<string> }).seenSlides]);
  expect(seen).toEqual(['draft']);

  const registrations = await frame
    .locator('body')
    .evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  expect(registrations).toBe(0);
  expect(apiCalls).toEqual([]);
});
