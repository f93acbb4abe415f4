import { describe, expect, it } from 'vitest';
import {
  rememberColumns,
  suggestColumnMapping,
} from '../../../../manager/src/procedures/suggest-column-mapping.js';

describe('suggestColumnMapping', () => {
  it('maps snake_case headers', () => {
    expect(
      suggestColumnMapping([
        'stt',
        'ma_thu_tuc',
        'ten_thu_tuc',
        'linh_vuc',
        'co_quan_thuc_hien',
        'muc_do_dvc',
        'thoi_han_giai_quyet',
        'phi_le_phi',
        'ghi_chu',
      ]),
    ).toEqual([null, 'code', 'name', 'field', 'agency', 'onlineLevel', 'timeLimit', 'fees', null]);
  });

  it('maps Vietnamese headers, with or without diacritics, and longer wordings', () => {
    expect(
      suggestColumnMapping([
        'Mã TTHC',
        'Tên thủ tục hành chính',
        'LINH VUC',
        'Mức độ dịch vụ công trực tuyến hiện tại',
        'Thời gian giải quyết',
        'Phí, lệ phí',
        'Đường dẫn',
      ]),
    ).toEqual(['code', 'name', 'field', 'onlineLevel', 'timeLimit', 'fees', 'portalUrl']);
  });

  it('gives a field to the first column that claims it only', () => {
    expect(suggestColumnMapping(['Tên thủ tục', 'Tên TTHC', 'Lĩnh vực'])).toEqual([
      'name',
      null,
      'field',
    ]);
  });

  it('prefers the mapping remembered for a header, a left-out column included', () => {
    const remembered = rememberColumns(
      ['noi_dung', 'nhom', 'ma_thu_tuc'],
      ['name', 'field', null],
      {},
    );
    expect(suggestColumnMapping(['ma_thu_tuc', 'Nội dung', 'Nhóm'], remembered)).toEqual([
      null,
      'name',
      'field',
    ]);
  });
});
