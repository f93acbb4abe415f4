import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { writeXlsx } from '../helpers/write-xlsx.js';

const SAMPLE = resolve(import.meta.dirname, '../../manager/src/demo/procedures-sample.csv');

let manager: ManagerProcess;

test.beforeEach(async () => {
  manager = await startManager();
});

test.afterEach(async () => {
  await manager?.dispose();
});

/** The cells of a CSV with quoted fields (the sample quotes "Phí, lệ phí"). */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (const char of line) {
        if (char === '"') quoted = !quoted;
        else if (char === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += char;
      }
      cells.push(cell);
      return cells;
    });
}

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  return writeXlsx([{ name: 'TTHC', rows }]);
}

async function openImport(page: Page): Promise<void> {
  await page.goto(`${manager.url}/admin/#/procedures/import`);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập thủ tục từ CSV / Excel' })).toBeVisible();
}

const sampleRows = parseCsv(readFileSync(SAMPLE, 'utf8'));
const dataRows = sampleRows.length - 1;

test('the sample CSV is previewed, applied, and listed by lĩnh vực', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles(SAMPLE);
  const added = page.locator('.summary .card').filter({ hasText: 'Thêm mới' });
  await expect(added).toContainText(String(dataRows));
  await expect(page.getByTestId('import-errors')).toHaveCount(0);

  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByRole('status')).toContainText(`thêm ${dataRows}`);
  await page.getByRole('link', { name: 'Về danh sách thủ tục' }).last().click();
  await expect(page.getByText('Báo chí (', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cho phép họp báo' })).toBeVisible();
});

test('an XLSX made from the same list previews the same additions', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles({
    name: 'thu-tuc.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await xlsxOf(sampleRows),
  });
  const added = page.locator('.summary .card').filter({ hasText: 'Thêm mới' });
  await expect(added).toContainText(String(dataRows));
  await expect(page.getByRole('button', { name: 'Áp dụng' })).toBeEnabled();
});

test('a file with broken rows reports them by line and cannot be applied', async ({ page }) => {
  await openImport(page);
  const header = sampleRows[0] ?? [];
  const good = sampleRows[1] ?? [];
  const noName = header.map((column, index) =>
    column === 'Tên thủ tục' ? '' : (good[index] ?? ''),
  );
  const badLevel = header.map((column, index) =>
    column === 'Mức độ DVC'
      ? 'Toàn phần'
      : column === 'Tên thủ tục'
        ? 'Thủ tục thử'
        : (good[index] ?? ''),
  );
  const csv = [header, good, noName, badLevel]
    .map((row) => row.map((cell) => `"${cell}"`).join(','))
    .join('\n');
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles({
    name: 'thu-tuc-loi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });

  const errors = page.getByTestId('import-errors');
  await expect(errors.getByRole('row', { name: /^3 / })).toContainText('Tên thủ tục');
  await expect(errors.getByRole('row', { name: /^4 / })).toContainText('Toàn phần');
  await expect(page.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Áp dụng' })).toHaveAccessibleDescription(
    /Sửa các dòng lỗi/,
  );
});
