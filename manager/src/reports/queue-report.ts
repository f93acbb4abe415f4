import { z } from 'zod';
import type { Db } from '../store/open-store.js';
import { queueCallsRepository } from '../store/queue-calls.js';
import { csvDocument } from './csv.js';
import type { ReportPeriod } from './report-period.js';

/** Numbers served (called) per counter and local hour, with the calls again and the skips. */
export const QueueReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  rows: z.array(
    z.object({
      day: z.string(),
      hour: z.number().int(),
      counter: z.string(),
      served: z.number().int(),
      recalled: z.number().int(),
      skipped: z.number().int(),
    }),
  ),
});
export type QueueReport = z.infer<typeof QueueReportSchema>;
type Row = QueueReport['rows'][number];

const FIELD = { call: 'served', recall: 'recalled', skip: 'skipped' } as const;

/** One row per day, hour and counter that had any call; "served" counts numbers called. */
export async function buildQueueReport(db: Db, period: ReportPeriod): Promise<QueueReport> {
  const rows = new Map<string, Row>();
  for (const count of await queueCallsRepository.countByHour(db, period.from, period.to)) {
    const key = `${count.day} ${count.hour} ${count.counter}`;
    const row = rows.get(key) ?? {
      day: count.day,
      hour: count.hour,
      counter: count.counter,
      served: 0,
      recalled: 0,
      skipped: 0,
    };
    const field = FIELD[count.action as keyof typeof FIELD];
    if (field) row[field] += Number(count.count);
    rows.set(key, row);
  }
  return {
    period: { from: period.from, to: period.to, label: period.label },
    rows: [...rows.values()],
  };
}

const hourRange = (hour: number) =>
  `${String(hour).padStart(2, '0')}:00–${String(hour + 1).padStart(2, '0')}:00`;

/** The report as CSV for spreadsheets (UTF-8 with BOM, CRLF), headers in Vietnamese. */
export function queueReportCsv(report: QueueReport): string {
  return csvDocument([
    ['Ngày', 'Giờ', 'Quầy', 'Số đã phục vụ', 'Số gọi lại', 'Số bỏ qua'],
    ...report.rows.map((row) => [
      row.day,
      hourRange(row.hour),
      row.counter,
      row.served,
      row.recalled,
      row.skipped,
    ]),
  ]);
}
