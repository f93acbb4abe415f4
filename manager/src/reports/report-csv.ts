import type { PlayReport } from '@bangtin/shared';
import { csvDocument } from './csv.js';

const SCOPE_HEADER = { all: 'Phạm vi', screen: 'Màn hình', group: 'Nhóm màn hình' } as const;
const ITEM_HEADER = { slide: 'Nội dung (slide)', playlist: 'Danh sách phát', tag: 'Thẻ' } as const;

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * The report as CSV (RFC 4180, CRLF, comma-separated, UTF-8 with a byte order mark). Numbers are
 * whole (plays, seconds, screens) so that no locale reads a decimal separator differently.
 */
export function reportCsv(report: PlayReport): string {
  const lines: (string | number)[][] = [
    [
      'Kỳ báo cáo',
      'Từ ngày',
      'Đến ngày',
      SCOPE_HEADER[report.per],
      ITEM_HEADER[report.by],
      'Thẻ nội dung',
      'Số lượt phát',
      'Thời lượng phát (giây)',
      'Số màn hình',
    ],
  ];
  const { period } = report;
  for (const row of report.rows) {
    lines.push([
      period.label,
      period.from,
      period.to,
      row.scope.name,
      row.item.name,
      (row.item.tags ?? []).join('; '),
      row.plays,
      seconds(row.durationMs),
      row.screensReached,
    ]);
  }
  lines.push([
    period.label,
    period.from,
    period.to,
    'Tổng cộng',
    '',
    '',
    report.totals.plays,
    seconds(report.totals.durationMs),
    report.totals.screensReached,
  ]);
  return csvDocument(lines);
}
