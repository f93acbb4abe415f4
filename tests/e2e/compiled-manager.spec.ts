import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { writeXlsx } from '../helpers/write-xlsx.js';

// The manager as `npm start` runs it: compiled JavaScript from manager/dist (after `npm run build`).
let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager({ compiled: true });
});
test.afterEach(() => manager.dispose());

test('the API reference works with the network cut, from files this server sends', async ({
  page,
}) => {
  const origin = new URL(manager.url).origin;
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  // Swagger UI resolves the whole 400 KB document before drawing: seconds on a busy machine.
  test.slow();
  await page.goto(`${manager.url}/api/docs`);
  await expect(page.getByRole('heading', { name: /Bảng tin manager API/ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    page.locator('.opblock-summary-path', { hasText: /^\/device\/manifest$/ }),
  ).toBeVisible();
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});

test('reads a workbook in its import worker, the admin app and the player answer', async ({
  request,
}) => {
  const headers = { origin: manager.url };
  const signIn = await request.post(`${manager.url}/api/session`, {
    headers,
    data: { login: 'admin', password: ADMIN_PASSWORD },
  });
  expect(signIn.status()).toBe(200);
  const workbook = writeXlsx([
    {
      name: 'TTHC',
      rows: [
        ['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực'],
        ['1.0001', 'Đăng ký khai sinh', 'Hộ tịch'],
      ],
    },
  ]);
  const answer = await request.post(`${manager.url}/api/procedures/import?dryRun=true`, {
    headers,
    multipart: {
      file: { name: 'list.xlsx', mimeType: 'application/octet-stream', buffer: workbook },
    },
  });
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({
    counts: { added: 1, errors: 0 },
    added: [{ code: '1.0001', name: 'Đăng ký khai sinh', field: 'Hộ tịch' }],
  });
  for (const path of ['/admin/', '/']) {
    const page = await request.get(`${manager.url}${path}`);
    expect(page.status(), path).toBe(200);
    expect(await page.text(), path).toContain('<script type="module"');
  }
});
