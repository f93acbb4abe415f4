export type { DayRule } from './schedule/day-rule.js';
export {
  type HiddenStretch,
  hiddenStretches,
  hiddenStretchesOfAll,
} from './schedule/hidden-stretches.js';
export { parseDayRule } from './schedule/parse-day-rule.js';
export * from './schedule/resolve-schedule.js';
export * from './schedule/rule-problem.js';
export * from './schemas/account.js';
export * from './schemas/approval.js';
export * from './schemas/audit.js';
export * from './schemas/audit-record.js';
export * from './schemas/common.js';
export * from './schemas/device.js';
export * from './schemas/device-reports.js';
export * from './schemas/error-body.js';
export * from './schemas/holiday.js';
export * from './schemas/holiday-import.js';
export * from './schemas/hotline.js';
export * from './schemas/manifest.js';
export * from './schemas/media.js';
export * from './schemas/monitoring.js';
export * from './schemas/play-report.js';
export * from './schemas/playlist.js';
export * from './schemas/preview-message.js';
export * from './schemas/procedure.js';
export * from './schemas/procedure-import.js';
export * from './schemas/qr-code.js';
export * from './schemas/queue.js';
export * from './schemas/report-form.js';
export * from './schemas/review.js';
export * from './schemas/schedule.js';
export * from './schemas/schedule-conflicts.js';
export * from './schemas/schedule-input.js';
export * from './schemas/screen.js';
export * from './schemas/screen-layout.js';
export * from './schemas/screen-timeline.js';
export * from './schemas/settings.js';
export * from './schemas/slide.js';
export * from './schemas/stored-content.js';
export * from './schemas/urgent-notice.js';
export * from './schemas/user-access.js';
