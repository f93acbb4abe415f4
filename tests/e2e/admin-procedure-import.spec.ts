import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, type ManagerProcess, startManager } from '../helpers/manager-process.js';
import { writeXlsx } from '../helpers/write-xlsx.js';

const SAMPLE = resolve(import.meta.dirname, '../../manager/src/demo/procedures-sample.csv');
const PROVINCE = resolve(import.meta.dirname, '../fixtures/procedures-province.csv');
const PROVINCE_1258 = resolve(
  import.meta.dirname,
  '../fixtures/procedures-province-windows-1258.csv',
);

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

test('a file with broken rows reports them by line and imports the others', async ({ page }) => {
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
  await expect(page.getByRole('button', { name: 'Áp dụng' })).toHaveAccessibleDescription(
    /các dòng lỗi được bỏ qua/,
  );
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByRole('status')).toContainText('thêm 1');
});

test('the real-province list: columns mapped, left-out ones named, bad row and placeholders listed, nothing removed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openImport(page);
  // The sample list is in place first: a partial file must not remove any of it.
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles(SAMPLE);
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByRole('status')).toContainText(`thêm ${dataRows}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nhập thủ tục từ CSV / Excel' })).toBeVisible();

  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles(PROVINCE_1258);
  await expect(page.getByTestId('import-encoding')).toContainText('Windows-1258');
  const columns = page.getByTestId('import-columns');
  await expect(columns.getByRole('combobox', { name: 'ten_thu_tuc' })).toHaveValue('name');
  await expect(columns.getByRole('combobox', { name: 'muc_do_dvc' })).toHaveValue('onlineLevel');
  await expect(page.getByTestId('import-ignored')).toContainText('stt, ghi_chu, nguoi_cap_nhat');

  const errors = page.getByTestId('import-errors');
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row', { name: /^5 / })).toContainText('Tên thủ tục');
  const placeholders = page.getByTestId('import-placeholders');
  await expect(placeholders.getByRole('row', { name: /^3 / })).toContainText(
    'PLACEHOLDER: 15 ngày',
  );
  await expect(placeholders.getByRole('row', { name: /^4 / })).toContainText('TODO');
  await expect(page.locator('.summary .card').filter({ hasText: 'Thêm mới' })).toContainText('5');
  await expect(page.getByText('Sẽ bị xoá')).toHaveCount(0);

  const apply = page.getByRole('button', { name: 'Áp dụng' });
  await expect(apply).toBeDisabled();
  await page.getByLabel('Để trống các ô này khi nhập').check();
  await expect(apply).toBeEnabled();

  // Ticking "complete" shows what the list lacks as removals: the bad row's procedure is kept.
  await page.getByLabel('Tệp này là danh sách đầy đủ').check();
  await expect(page.locator('.summary .card').filter({ hasText: 'Sẽ bị xoá' })).toContainText(
    String(dataRows),
  );
  await page.getByLabel('Tệp này là danh sách đầy đủ').uncheck();
  await expect(page.getByText('Sẽ bị xoá')).toHaveCount(0);

  // A column left out by hand is named as such.
  await columns.getByRole('combobox', { name: 'co_quan_thuc_hien' }).selectOption('');
  await expect(page.getByTestId('import-ignored')).toContainText('co_quan_thuc_hien');

  await apply.click();
  await expect(page.getByRole('status')).toContainText('thêm 5');
  await expect(page.getByRole('status')).toContainText('xoá 0');
});

test('the UTF-8 copy reads the same and says so', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles(PROVINCE);
  await expect(page.getByTestId('import-encoding')).toContainText('UTF-8');
  await expect(page.locator('.summary .card').filter({ hasText: 'Thêm mới' })).toContainText('5');
});

test('a file in a legacy font is named as such, not as a wrong media type', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles({
    name: 'tcvn3.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([
      Buffer.from('Ten thu tuc,Linh vuc\n'),
      Buffer.from([0x54, 0x68, 0xf1, 0x20, 0x74, 0xf4, 0x63, 0x2c, 0x68, 0xb5, 0x6e, 0x68, 0x0a]),
    ]),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('TCVN3');
  await expect(alert).not.toContainText('WebM');
});
