import { type FigureSourceInput, FigureSourceInputSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { parseFigureNumber } from '../../../../manager/src/figures/parse-figure-number.js';
import { readFigureValues } from '../../../../manager/src/figures/read-figure-values.js';

const url = 'http://192.168.1.20/bao-cao';
const source = (input: Omit<FigureSourceInput, 'url'>) =>
  FigureSourceInputSchema.parse({ url, ...input });

describe('parseFigureNumber', () => {
  it.each([
    [98.5, ',', 98.5],
    ['98,5', ',', 98.5],
    ['1.234,5', ',', 1234.5],
    ['1.234.567', ',', 1234567],
    [' 98,5 % ', ',', 98.5],
    ['1\u00a0234', ',', 1234],
    ['-12', ',', -12],
    ['1,234.5', '.', 1234.5],
    ['98.5', '.', 98.5],
  ] as const)('reads %j with a decimal %s as %d', (raw, separator, expected) => {
    expect(parseFigureNumber(raw, separator)).toBe(expected);
  });

  it.each([
    ['abc', ','],
    ['', ','],
    ['1.23,4', ','],
    ['1,234.5', ','],
    ['1.234,5', '.'],
    [true, ','],
    [null, ','],
    [{}, ','],
    [Number.POSITIVE_INFINITY, ','],
    [2e12, ','],
  ] as const)('refuses %j with a decimal %s', (raw, separator) => {
    expect(parseFigureNumber(raw, separator)).toBeNull();
  });
});

describe('readFigureValues from JSON', () => {
  const json = JSON.stringify({
    data: { onTime: 98.5, online: '1.234', rows: [{ value: 7 }] },
  });

  it('reads each mapped path and leaves an unmapped figure null', () => {
    const reading = readFigureValues(
      json,
      source({ format: 'json', fields: ['data.onTime', null, 'data.online', 'data.rows.0.value'] }),
    );
    expect(reading).toEqual({ values: [98.5, null, 1234, 7] });
  });

  it('names the figure whose path is missing', () => {
    const reading = readFigureValues(json, source({ format: 'json', fields: ['data.gone'] }));
    expect(reading).toEqual({ error: 'Số liệu 1: không thấy data.gone' });
  });

  it('reads nothing from inherited properties', () => {
    const reading = readFigureValues(
      json,
      source({ format: 'json', fields: ['data.constructor'] }),
    );
    expect(reading).toEqual({ error: 'Số liệu 1: không thấy data.constructor' });
  });

  it('fails the whole reading on one value that is no number', () => {
    const reading = readFigureValues(
      JSON.stringify({ a: 1, b: 'n/a' }),
      source({ format: 'json', fields: ['a', 'b'] }),
    );
    expect(reading).toEqual({ error: 'Số liệu 2: "n/a" ở b không phải là số' });
  });

  it('says when the text is not JSON', () => {
    const reading = readFigureValues('<html>', source({ format: 'json', fields: ['a'] }));
    expect(reading).toEqual({ error: 'Nguồn không phải là JSON hợp lệ' });
  });
});

describe('readFigureValues from CSV', () => {
  const csv = [
    'Ngày;Hồ sơ đúng hạn (%);Hồ sơ trực tuyến',
    '01/12/2026;97,9;1.100',
    '02/12/2026;98,5;1.234',
  ].join('\r\n');

  it('finds a Vietnamese column whatever its accents, case or composition, in the last row', () => {
    const decomposed = 'hồ sơ TRỰC TUYẾN'.normalize('NFD');
    const reading = readFigureValues(
      csv,
      source({
        format: 'csv',
        fields: [
          { column: 'Hồ sơ đúng hạn (%)', row: 'last' },
          { column: decomposed, row: 'last' },
          { column: 'Ho so truc tuyen', row: 1 },
        ],
      }),
    );
    expect(reading).toEqual({ values: [98.5, 1234, 1100] });
  });

  it('names the column or row it does not find', () => {
    expect(
      readFigureValues(csv, source({ format: 'csv', fields: [{ column: 'Tổng', row: 1 }] })),
    ).toEqual({ error: 'Số liệu 1: không thấy cột "Tổng", dòng 1' });
    expect(
      readFigureValues(
        csv,
        source({ format: 'csv', fields: [{ column: 'Hồ sơ trực tuyến', row: 9 }] }),
      ),
    ).toEqual({ error: 'Số liệu 1: không thấy cột "Hồ sơ trực tuyến", dòng 9' });
  });

  it('reads numbers with a decimal point when the source says so', () => {
    const english = 'Metric,Value\r\nOn time,"1,234.5"\r\n';
    const reading = readFigureValues(
      english,
      source({ format: 'csv', decimalSeparator: '.', fields: [{ column: 'Value', row: 1 }] }),
    );
    expect(reading).toEqual({ values: [1234.5] });
  });

  it('refuses a file with a header and no rows', () => {
    const reading = readFigureValues(
      'Giá trị\r\n',
      source({ format: 'csv', fields: [{ column: 'Giá trị', row: 1 }] }),
    );
    expect(reading).toEqual({ error: 'Tệp CSV không có dòng số liệu dưới dòng tiêu đề' });
  });
});

describe('FigureSourceInputSchema', () => {
  it('takes LAN addresses and host names, and refuses other schemes', () => {
    const with_ = (address: string) =>
      FigureSourceInputSchema.safeParse({ format: 'json', url: address, fields: ['a'] }).success;
    expect(with_('http://10.0.0.5:8080/so-lieu.json')).toBe(true);
    expect(with_('http://baocao/so-lieu.json')).toBe(true);
    expect(with_('file:///etc/passwd')).toBe(false);
    expect(with_('ftp://10.0.0.5/a.csv')).toBe(false);
  });

  it('reads no more often than every five minutes, every fifteen by default', () => {
    const input = { format: 'json', url, fields: ['a'] } as const;
    expect(FigureSourceInputSchema.parse(input).refreshMinutes).toBe(15);
    expect(FigureSourceInputSchema.safeParse({ ...input, refreshMinutes: 4 }).success).toBe(false);
  });
});
