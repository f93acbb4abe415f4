import { LegacyFontRefusalSchema, type SourceEncoding } from '@bangtin/shared';
import { msg, str } from '@lit/localize';
import { ApiFailure } from '../api/api-failure.js';
import { describeFailure } from './describe-failure.js';

/** What the importer found the file to be, in words an office worker knows. */
export function describeEncoding(encoding: SourceEncoding): string {
  switch (encoding) {
    case 'xlsx':
      return msg('Sổ tính Excel (XLSX).', { id: 'importEncoding.xlsx' });
    case 'utf-8':
      return msg('Văn bản CSV, bảng mã UTF-8.', { id: 'importEncoding.utf8' });
    case 'utf-8-bom':
      return msg('Văn bản CSV, bảng mã UTF-8 (có dấu BOM, như Excel lưu "CSV UTF-8").', {
        id: 'importEncoding.utf8Bom',
      });
    case 'utf-16le':
    case 'utf-16be':
      return msg('Văn bản Unicode của Excel (UTF-16), các cột cách nhau bằng dấu tab.', {
        id: 'importEncoding.utf16',
      });
    case 'windows-1258':
      return msg(
        'Văn bản CSV, bảng mã Windows-1258 (Excel trên Windows tiếng Việt). Đã chuyển sang Unicode.',
        { id: 'importEncoding.windows1258' },
      );
  }
}

/** Why the importer refused a file: its own words, never the media library's list of types. */
export function describeImportFailure(error: unknown): string {
  if (!(error instanceof ApiFailure) || error.status !== 415) return describeFailure(error);
  const refusal = LegacyFontRefusalSchema.safeParse(error.details);
  if (refusal.success) {
    const font = refusal.data.font === 'vni' ? 'VNI' : 'TCVN3 (ABC)';
    return msg(
      str`Tệp được gõ bằng phông chữ cũ ${font}. Hệ thống chưa có bộ chuyển đổi phông cũ đủ tin cậy nên không đọc được tệp này: hãy mở tệp trong Excel, chuyển phông sang Unicode (ví dụ bằng Unikey) rồi lưu lại dạng "CSV UTF-8" hoặc XLSX.`,
      { id: 'importFailure.legacyFont' },
    );
  }
  return msg(
    'Tệp không phải bảng CSV hoặc sổ tính XLSX. Hãy lưu danh sách từ Excel dạng "CSV UTF-8" hoặc XLSX.',
    {
      id: 'importFailure.notTable',
    },
  );
}
