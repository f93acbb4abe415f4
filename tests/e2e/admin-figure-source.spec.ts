import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EditorClient } from '../helpers/editor-client.js';
import { serve, startSourceServer } from '../helpers/figures-source-server.js';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;
let source: Awaited<ReturnType<typeof startSourceServer>>;

test.beforeEach(async () => {
  manager = await startManager();
  source = await startSourceServer(serve(JSON.stringify({ data: { onTime: 98.5 } })));
});

test.afterEach(async () => {
  await source?.close();
  await manager?.dispose();
});

test('an admin points a figures slide at a JSON source and sees its last update and error', async ({
  page,
}) => {
  const editor = await EditorClient.signIn(manager.url);
  const slide = await editor.post<{ id: string }>('/api/slides', {
    kind: 'figures',
    title: 'Kết quả quý',
    heading: 'Kết quả giải quyết hồ sơ',
    items: [{ label: 'Hồ sơ đúng hạn', value: 90, unit: '%', decimals: 1 }],
  });
  await page.goto(`${manager.url}/admin/#/slides/${slide.id}`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  const panel = page.locator('figure-source-panel');
  await panel.getByLabel('Địa chỉ nguồn (http hoặc https)').fill(source.url('/kq.json'));
  await panel.getByLabel('Số liệu 1: Hồ sơ đúng hạn').fill('data.onTime');
  await panel.getByRole('button', { name: 'Lưu nguồn và đọc ngay' }).click();
  const status = panel.getByTestId('figure-source-status');
  await expect(status).toContainText('Cập nhật lần cuối:');
  await expect(status).not.toContainText('lỗi');

  source.answer((_request, response) => {
    response.writeHead(500);
    response.end();
  });
  await panel.getByRole('button', { name: 'Đọc lại ngay' }).click();
  await expect(status).toContainText('lỗi: Nguồn trả lời HTTP 500');

  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
