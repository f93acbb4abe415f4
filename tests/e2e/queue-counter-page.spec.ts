import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeAll(async () => {
  manager = await startManager({ demo: true });
});

test.afterAll(async () => {
  await manager?.dispose();
});

test('counter staff call the next number, call it again and skip it', async ({ page }) => {
  await page.goto(`${manager.url}/queue/`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Gọi số', exact: true })).toBeVisible();

  const counter = page.getByRole('region', { name: 'Quầy 3 — Sở hữu trí tuệ' });
  await counter.getByRole('button', { name: 'Gọi số tiếp theo (1)' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã mời số 1 đến Quầy 3 — Sở hữu trí tuệ.');
  await expect(counter.getByTestId('serving')).toHaveText('1');
  await counter.getByRole('button', { name: 'Gọi số tiếp theo (2)' }).click();
  await expect(counter.getByTestId('serving')).toHaveText('2');
  await counter.getByRole('button', { name: 'Gọi lại' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã mời số 2 đến Quầy 3 — Sở hữu trí tuệ.');
  await counter.getByRole('button', { name: 'Bỏ qua' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã bỏ qua số 2 ở Quầy 3 — Sở hữu trí tuệ.');

  const today = await (await page.request.get(`${manager.url}/api/queue/calls?counter=3`)).json();
  expect(
    today.calls.map((c: { number: string; action: string }) => `${c.action} ${c.number}`),
  ).toEqual(['skip 2', 'recall 2', 'call 2', 'call 1']);

  // The page counts on from what is stored: a reload offers 3.
  await page.reload();
  await expect(counter.getByRole('button', { name: 'Gọi số tiếp theo (3)' })).toBeVisible();
});
