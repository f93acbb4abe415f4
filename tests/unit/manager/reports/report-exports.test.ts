import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCsv } from '../../../../manager/src/reports/report-csv.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';
import { seedAndUpload } from './department.js';

let m: TestManager;

beforeAll(async () => {
  m = await createTestManager({ clock: () => Date.parse('2026-04-02T02:00:00Z') });
  await seedAndUpload(m);
});
afterAll(() => m.close());

const QUERY = 'period=quarter&quarter=2026-Q1&by=tag&per=group';

describe('report exports', () => {
  it('writes CSV that a spreadsheet parser reads back with the same numbers and Vietnamese text', async () => {
    const json = await (await m.editor('GET', `/api/reports/plays?${QUERY}`)).json();
    const res = await m.editor('GET', `/api/reports/plays.csv?${QUERY}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      'bao-cao-luot-phat-2026-01-01-2026-03-31.csv',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'Kỳ báo cáo',
      'Từ ngày',
      'Đến ngày',
      'Nhóm màn hình',
      'Thẻ',
      'Thẻ nội dung',
      'Số lượt phát',
      'Thời lượng phát (giây)',
      'Số màn hình',
    ]);
    const rows = parsed.data.slice(0, -1);
    expect(rows).toHaveLength(json.rows.length);
    rows.forEach((row, index) => {
      const expected = json.rows[index];
      expect(row['Nhóm màn hình']).toBe(expected.scope.name);
      expect(row.Thẻ).toBe(expected.item.name);
      expect(Number(row['Số lượt phát'])).toBe(expected.plays);
      expect(Number(row['Thời lượng phát (giây)'])).toBe(expected.durationMs / 1000);
      expect(Number(row['Số màn hình'])).toBe(expected.screensReached);
    });
    const total = parsed.data.at(-1) ?? {};
    expect(total['Nhóm màn hình']).toBe('Tổng cộng');
    expect(Number(total['Số lượt phát'])).toBe(json.totals.plays);
    expect(total['Kỳ báo cáo']).toBe('Quý I năm 2026');
  });

  it('quotes commas and quotes, and keeps titles that look like formulas as text', () => {
    const csv = reportCsv({
      period: { from: '2026-01-01', to: '2026-01-31', label: 'Tháng 01/2026' },
      by: 'slide',
      per: 'all',
      rows: [
        {
          scope: { id: null, name: 'Tất cả màn hình' },
          item: { id: 's', name: '=HYPERLINK("x"), "Một cửa"', tags: [] },
          plays: 3,
          durationMs: 30_000,
          screensReached: 1,
        },
      ],
      totals: { plays: 3, durationMs: 30_000, screensReached: 1 },
    });
    const [, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(row?.[4]).toBe(`'=HYPERLINK("x"), "Một cửa"`);
    expect(row?.[6]).toBe('3');
  });

  it('prints an A4 page in Vietnamese with inline SVG charts and nothing from the internet', async () => {
    const res = await m.editor('GET', '/api/reports/print?period=quarter&quarter=2026-Q1&by=tag');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('size: A4');
    expect(html).toContain('Quý I năm 2026');
    expect(html).toContain('Tổng số lượt phát<strong>9.360</strong>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('Màn hình A');
    // The only URL is the SVG namespace: no script, stylesheet, font or image is fetched.
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(
      /https?:|<script|<link|src=/,
    );
  });

  it('prints in the form of an administrative document, with the agency and signer from the settings', async () => {
    const settings = await (await m.editor('GET', '/api/settings')).json();
    const put = await m.editor('PUT', '/api/settings', {
      ...settings,
      reportParentAgency: 'UBND tỉnh Mẫu',
      reportAgencyName: 'Sở Nội vụ <Mẫu>',
      reportNumberSuffix: 'BC-SNV',
      reportPlace: 'Thành phố Mẫu',
      reportSignerTitle: 'Giám đốc',
      reportSignerName: 'Trần Văn Ký',
    });
    expect(put.status).toBe(200);
    const html = await (
      await m.editor('GET', '/api/reports/print?period=quarter&quarter=2026-Q1')
    ).text();
    expect(html).toContain('<p class="parent">UBND tỉnh Mẫu</p>');
    expect(html).toContain('<p class="agency">Sở Nội vụ &lt;Mẫu&gt;</p>');
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(html).toMatch(/Số: [^/]*\/BC-SNV/);
    expect(html).toMatch(/Thành phố Mẫu, ngày [^<]* tháng [^<]* năm 2026/);
    expect(html).toContain('<h1>BÁO CÁO</h1>');
    expect(html).toContain('<p class="title">Giám đốc</p>');
    expect(html).toContain('<p class="name">Trần Văn Ký</p>');
    await m.editor('PUT', '/api/settings', settings);
  });

  it('prints the agency name and the default signer when the form is not filled in', async () => {
    const html = await (
      await m.editor('GET', '/api/reports/print?period=quarter&quarter=2026-Q1')
    ).text();
    const { agencyName } = await (await m.editor('GET', '/api/settings')).json();
    expect(html).toContain(`<p class="agency">${agencyName}</p>`);
    expect(html).not.toContain('class="parent"');
    expect(html).toMatch(/Số: [^/]*\/BC</);
    expect(html).toContain('<p class="title">THỦ TRƯỞNG ĐƠN VỊ</p>');
  });

  it('needs a signed-in user', async () => {
    const res = await m.request('/api/reports/plays.csv?period=year&year=2026');
    expect(res.status).toBe(401);
  });
});
