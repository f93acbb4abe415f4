import type { AuditRecord } from '../store/audit-log.js';
import { csvDocument } from './csv.js';

const json = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value);

/** One line per record; before and after as JSON text, for whoever needs the detail. */
export function auditCsv(records: readonly AuditRecord[]): string {
  return csvDocument([
    [
      'Thời điểm (UTC)',
      'Người thực hiện',
      'Tên đăng nhập',
      'Thao tác',
      'Đối tượng',
      'Mã đối tượng',
      'Địa chỉ',
      'Trước',
      'Sau',
    ],
    ...records.map((r) => [
      r.at,
      r.userName,
      r.userLogin ?? r.login,
      r.action,
      r.resource,
      r.resourceId,
      r.address,
      json(r.before),
      json(r.after),
    ]),
  ]);
}
