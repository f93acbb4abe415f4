import type { PlayReport, PlaySeries, ReportForm, UptimeReport } from '@bangtin/shared';
import { columnChart, shareBars } from './svg-charts.js';

export interface PrintableReport {
  agencyName: string;
  /** The document form's agency lines, number, place and signer (from the settings). */
  form: ReportForm;
  report: PlayReport;
  series: PlaySeries;
  uptime: UptimeReport;
  /** Words describing the filters (`Thẻ: CCHC`), shown under the title. */
  filters: string[];
  generatedAt: string;
  timeZone: string;
}

const ITEM_TITLE = { slide: 'Nội dung', playlist: 'Danh sách phát', tag: 'Thẻ' } as const;
const SCOPE_TITLE = { all: '', screen: 'Màn hình', group: 'Nhóm màn hình' } as const;

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

const number = (n: number) => n.toLocaleString('vi-VN');

/** `12 giờ 05 phút` from milliseconds. */
export function hoursMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)} giờ ${String(minutes % 60).padStart(2, '0')} phút`;
}

const percent = (share: number | null) =>
  share === null ? '—' : `${(share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;

const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 13pt;
  color: #000; margin: 0 auto; max-width: 165mm; line-height: 1.35; }
header { display: grid; grid-template-columns: 40% 60%; text-align: center; font-size: 13pt; }
header p { margin: 0; }
.parent, .agency { text-transform: uppercase; }
.parent, .nation { font-size: 12pt; }
.agency, .nation, .motto { font-weight: bold; }
.rule { width: 35%; margin: 1mm auto 2mm; border: 0; border-top: 1px solid #000; }
.number { margin-top: 2mm; }
.place-date { font-style: italic; margin-top: 2mm; }
h1 { font-size: 14pt; text-align: center; margin: 10mm 0 0; }
.subject { font-weight: bold; text-align: center; margin: 0 0 2mm; }
.period { text-align: center; font-style: italic; margin: 0 0 6mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
th, td { border: 1px solid #888; padding: 1.5mm 2mm; vertical-align: top; }
th { background: #eef2f7; }
td.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.summary td { width: 33%; text-align: center; font-size: 10pt; }
.summary strong { display: block; font-size: 14pt; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 9pt; color: #444; text-align: center; }
.signatures { display: grid; grid-template-columns: 50% 50%; margin-top: 8mm; break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients p { margin: 0; }
.signer { text-align: center; }
.signer p { margin: 0; }
.signer .title { font-weight: bold; text-transform: uppercase; }
.signer .name { font-weight: bold; margin-top: 25mm; }
.muted { color: #555; font-size: 9pt; }
`;

/** The year in the report's time zone, printed after "năm" where the day is left to the signer. */
const yearOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(new Date(iso));

/**
 * The header of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the agency
 * lines and the number top-left, the national title and the place and date top-right. Number
 * and day stay blank: they are given when the report is signed and registered.
 */
function documentHeader(input: PrintableReport): string {
  const { form } = input;
  const agency = form.reportAgencyName || input.agencyName;
  const place = form.reportPlace ? `${escapeHtml(form.reportPlace)}, ` : '';
  return `<header>
  <div>
    ${form.reportParentAgency ? `<p class="parent">${escapeHtml(form.reportParentAgency)}</p>` : ''}
    <p class="agency">${escapeHtml(agency)}</p>
    <hr class="rule">
    <p class="number">Số: &nbsp; &nbsp; &nbsp; /${escapeHtml(form.reportNumberSuffix)}</p>
  </div>
  <div>
    <p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
    <p class="motto">Độc lập - Tự do - Hạnh phúc</p>
    <hr class="rule">
    <p class="place-date">${place}ngày &nbsp; &nbsp; tháng &nbsp; &nbsp; năm ${yearOf(input.generatedAt, input.timeZone)}</p>
  </div>
</header>`;
}

/** Recipients on the left, the signer's position and name on the right. */
function signatures(form: ReportForm): string {
  return `<div class="signatures">
  <div class="recipients"><p><strong><em>Nơi nhận:</em></strong></p><p>- Như trên;</p><p>- Lưu: VT.</p></div>
  <div class="signer">
    <p class="title">${escapeHtml(form.reportSignerTitle)}</p>
    <p><em>(Ký, ghi rõ họ tên, đóng dấu)</em></p>
    <p class="name">${escapeHtml(form.reportSignerName)}</p>
  </div>
</div>`;
}

/** The quarterly (or any period's) report as one self-contained A4 HTML page in Vietnamese. */
export function renderPrintReport(input: PrintableReport): string {
  const { report, series, uptime } = input;
  const generated = new Intl.DateTimeFormat('vi-VN', {
    timeZone: input.timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(input.generatedAt));
  const scopeColumn = report.per === 'all' ? '' : `<th>${SCOPE_TITLE[report.per]}</th>`;
  const rows = report.rows
    .map(
      (row, index) =>
        `<tr><td class="n">${index + 1}</td>${
          report.per === 'all' ? '' : `<td>${escapeHtml(row.scope.name)}</td>`
        }<td>${escapeHtml(row.item.name)}${
          row.item.tags?.length
            ? ` <span class="muted">(${escapeHtml(row.item.tags.join(', '))})</span>`
            : ''
        }</td><td class="n">${number(row.plays)}</td><td class="n">${hoursMinutes(row.durationMs)}</td><td class="n">${number(row.screensReached)}</td></tr>`,
    )
    .join('');
  const uptimeRows = uptime.screens
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.screen.name)}${s.screen.location ? ` <span class="muted">(${escapeHtml(s.screen.location)})</span>` : ''}</td><td class="n">${hoursMinutes(s.expectedOnMs)}</td><td class="n">${hoursMinutes(s.ms.offline)}</td><td class="n">${hoursMinutes(s.ms.off)}</td><td class="n">${percent(s.uptime)}</td></tr>`,
    )
    .join('');
  const seriesChart = columnChart(
    series.points.map((p) => ({ label: p.label, value: p.plays })),
    { title: 'Số lượt phát theo thời gian' },
  );
  const uptimeChart = shareBars(
    uptime.screens.map((s) => ({ label: s.screen.name, share: s.uptime })),
    { title: 'Tỷ lệ hoạt động theo màn hình' },
  );
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Báo cáo trình chiếu — ${escapeHtml(report.period.label)}</title>
<style>${STYLE}</style>
</head>
<body>
${documentHeader(input)}
<h1>BÁO CÁO</h1>
<p class="subject">Kết quả tuyên truyền cải cách hành chính trên màn hình thông tin</p>
<p class="period">${escapeHtml(report.period.label)} (từ ${escapeHtml(report.period.from)} đến ${escapeHtml(report.period.to)})${
    input.filters.length ? `<br>${escapeHtml(input.filters.join('; '))}` : ''
  }</p>

<h2>1. Tổng hợp</h2>
<table class="summary"><tr>
  <td>Tổng số lượt phát<strong>${number(report.totals.plays)}</strong></td>
  <td>Tổng thời lượng phát<strong>${hoursMinutes(report.totals.durationMs)}</strong></td>
  <td>Số màn hình đã phát<strong>${number(report.totals.screensReached)}</strong></td>
</tr></table>

<h2>2. Số lượt phát theo thời gian</h2>
<figure>${seriesChart}<figcaption>Số lượt phát theo ${series.bucket === 'day' ? 'ngày' : 'tháng'}</figcaption></figure>

<h2>3. Chi tiết theo ${ITEM_TITLE[report.by].toLowerCase()}</h2>
<table>
<thead><tr><th>TT</th>${scopeColumn}<th>${ITEM_TITLE[report.by]}</th><th>Số lượt phát</th><th>Thời lượng</th><th>Số màn hình</th></tr></thead>
<tbody>${rows || `<tr><td colspan="${report.per === 'all' ? 5 : 6}">Không có lượt phát nào trong kỳ.</td></tr>`}</tbody>
</table>

<h2>4. Tình trạng hoạt động của màn hình</h2>
<figure>${uptimeChart}<figcaption>Tỷ lệ thời gian hoạt động trên thời gian cần hoạt động (không tính giờ tắt theo lịch)</figcaption></figure>
<table>
<thead><tr><th>Màn hình</th><th>Thời gian cần hoạt động</th><th>Mất kết nối</th><th>Tắt theo lịch</th><th>Tỷ lệ hoạt động</th></tr></thead>
<tbody>${uptimeRows}</tbody>
</table>

<p class="muted">Số liệu do hệ thống Bảng tin tổng hợp từ báo cáo phát của từng màn hình, lập lúc ${escapeHtml(generated)}.</p>
${signatures(input.form)}
</body>
</html>
`;
}
