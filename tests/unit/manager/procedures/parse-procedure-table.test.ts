import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  foldHeader,
  parseProcedureCsv,
} from '../../../../manager/src/procedures/parse-procedure-table.js';

const sample = readFileSync(
  new URL('../../../../manager/src/demo/procedures-sample.csv', import.meta.url),
  'utf8',
);

describe('parseProcedureCsv', () => {
  it('reads every row of the sample list', () => {
    const table = parseProcedureCsv(sample);
    expect(table.errors).toEqual([]);
    expect(table.procedures).toHaveLength(18);
    expect(table.procedures[0]).toMatchObject({
      code: '1.009374',
      name: 'Cấp giấy phép xuất bản bản tin (địa phương)',
      field: 'Báo chí',
      fees: 'Không',
      line: 2,
    });
  });

  it('keeps tiered fee text as published', () => {
    const fees = parseProcedureCsv(sample).procedures[4]?.fees;
    expect(fees).toContain('13.500 đ/phút (nghe, nhìn)');
  });

  it('links a procedure with a code to its national portal record', () => {
    const procedure = parseProcedureCsv(sample).procedures[0];
    expect(procedure?.portalUrl).toBe(
      'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.009374',
    );
  });

  it('accepts headers without diacritics and a byte-order mark', () => {
    const table = parseProcedureCsv(
      '\uFEFFTen thu tuc,Linh vuc,Muc do DVC\nCấp phép,Bưu chính,toan trinh\n',
    );
    expect(table.procedures[0]).toMatchObject({ name: 'Cấp phép', onlineLevel: 'Toàn trình' });
  });

  it('reports bad rows by the line they start on, across quoted line breaks', () => {
    const csv = 'STT,Tên thủ tục,Lĩnh vực\r\n1,"Dòng một\nDòng hai",Báo chí\r\n2,,Báo chí\r\n';
    const table = parseProcedureCsv(csv);
    expect(table.procedures).toHaveLength(1);
    expect(table.errors).toEqual([{ line: 4, message: 'name: required' }]);
  });

  it('reports an online level that is neither value', () => {
    const table = parseProcedureCsv('Tên thủ tục,Lĩnh vực,Mức độ DVC\nA,B,Mức độ 2\n');
    expect(table.errors[0]?.line).toBe(2);
    expect(table.errors[0]?.message).toContain('Mức độ 2');
  });

  it('names a missing required column', () => {
    const table = parseProcedureCsv('STT,Tên thủ tục\n1,A\n');
    expect(table.errors).toEqual([{ line: 1, message: 'missing column: Lĩnh vực' }]);
  });

  it('reports an empty file', () => {
    expect(parseProcedureCsv('').errors[0]?.message).toBe('the file is empty');
  });
});

describe('foldHeader', () => {
  it.each([
    ['Phí, lệ phí', 'phi le phi'],
    ['Mã thủ tục', 'ma thu tuc'],
    ['  Đường dẫn ', 'duong dan'],
  ])('folds %s to %s', (header, folded) => {
    expect(foldHeader(header)).toBe(folded);
  });
});
