import { expect, test } from '@playwright/test';
import { type ManagerProcess, startManager } from '../helpers/manager-process.js';

let manager: ManagerProcess;

test.beforeAll(async () => {
  manager = await startManager();
});

test.afterAll(async () => {
  await manager.dispose();
});

test('a screen whose browser refuses storage says why it cannot start', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(IDBFactory.prototype, 'open', {
      value: () => {
        throw new DOMException('IndexedDB is disabled in this browser', 'InvalidStateError');
      },
    });
  });
  await page.goto(manager.url);
  await expect(
    page.getByText('the player could not start: IndexedDB is disabled in this browser'),
  ).toBeVisible();
});
