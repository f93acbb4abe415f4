import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikePlaceholder } from '../../../../manager/src/procedures/looks-like-placeholder.js';
import { readOnlineLevel } from '../../../../manager/src/procedures/read-online-level.js';
import { readProcedureFile } from '../../../../manager/src/procedures/read-procedure-file.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url));

describe('the real-province procedure list', () => {
  it('maps its snake_case columns and names the ones left out', async () => {
    const table = await readProcedureFile(fixture('procedures-province.csv'));
    expect(table.columns.filter((column) => column.field === null).map((c) => c.header)).toEqual([
      'stt',
      'ghi_chu',
      'nguoi_cap_nhat',
    ]);
  });

  it('reads the good rows, the old levels as today’s, and the bad row by line', async () => {
    const table = await readProcedureFile(fixture('procedures-province.csv'));
    expect(table.procedures.map((p) => [p.line, p.onlineLevel])).toEqual([
      [2, 'Toàn trình'],
      [3, 'Một phần'],
      [4, null],
      [6, 'Toàn trình'],
      [7, 'Một phần'],
    ]);
    expect(table.errors).toEqual([{ line: 5, message: 'name: required' }]);
    expect(table.unreadable).toEqual([{ code: '1.009451', name: null }]);
  });

  it('flags the placeholder fee and level', async () => {
    const table = await readProcedureFile(fixture('procedures-province.csv'));
    expect(table.placeholders).toEqual([
      { line: 3, field: 'fees', value: 'PLACEHOLDER: 15 ngày' },
      { line: 4, field: 'onlineLevel', value: 'TODO' },
    ]);
  });

  it('reads the Windows-1258 copy as the same list, and says so', async () => {
    const utf8 = await readProcedureFile(fixture('procedures-province.csv'));
    const legacy = await readProcedureFile(fixture('procedures-province-windows-1258.csv'));
    expect(utf8.encoding).toBe('utf-8');
    expect(legacy.encoding).toBe('windows-1258');
    expect({ ...legacy, encoding: 'utf-8' }).toEqual(utf8);
  });

  it('maps the columns as the admin chose', async () => {
    const table = await readProcedureFile(fixture('procedures-province.csv'), {
      mapping: [null, 'code', 'name', 'field', null, null, null, null, 'fees', null],
    });
    expect(table.procedures[0]).toMatchObject({ agency: null, fees: 'Nộp qua mạng' });
    expect(table.placeholders).toEqual([]);
  });
});

describe('readOnlineLevel', () => {
  it('reads levels 3 and 4 of the former scale as Nghị định 42/2022 names them', () => {
    expect(readOnlineLevel('Mức độ 3')).toBe('Một phần');
    expect(readOnlineLevel('mức 4')).toBe('Toàn trình');
    expect(readOnlineLevel('DVC trực tuyến mức độ 4')).toBe('Toàn trình');
    expect(readOnlineLevel('4')).toBe('Toàn trình');
    expect(readOnlineLevel('toan trinh')).toBe('Toàn trình');
    expect(readOnlineLevel('Mức độ 2')).toBeNull();
  });
});

describe('looksLikePlaceholder', () => {
  it('flags values nobody filled in', () => {
    for (const value of ['PLACEHOLDER: 15 ngày', 'TODO', 'xxx', '…', '...', 'Lorem ipsum', '???']) {
      expect(looksLikePlaceholder(value), value).toBe(true);
    }
  });

  it('leaves real values alone', () => {
    for (const value of ['Không', '07 ngày làm việc', '500.000 đồng', 'Theo Thông tư 291/2016']) {
      expect(looksLikePlaceholder(value), value).toBe(false);
    }
  });
});
