import {
  type PlayReport,
  PlayReportSchema,
  type PlaySeries,
  PlaySeriesSchema,
  type UptimeReport,
  UptimeReportSchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../api/api-client.js';
import {
  defaultReportDraft,
  type ReportDraft,
  recentMonths,
  recentQuarters,
  recentYears,
  reportQuery,
} from '../api/report-query.js';
import { formatDuration, formatNumber } from '../format/format.js';
import { selectField, textField } from '../forms/fields.js';
import { renderTask } from '../render/render-task.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './plays-chart.js';
import './uptime-chart.js';

/** Proof of play: choose a period (this quarter first), see the figures, take CSV or print. */
@customElement('reports-page')
@localized()
export class ReportsPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .choices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 0 1rem;
      }
      td.n {
        text-align: right;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
        gap: 1rem;
        margin: 1rem 0 1.5rem;
      }
    `,
  ];

  @state() private draft: ReportDraft = defaultReportDraft();

  private readonly report = new Task(this, {
    task: ([query], { signal }) => api.get(`/api/reports/plays?${query}`, PlayReportSchema, signal),
    args: () => [reportQuery(this.draft).toString()] as const,
  });

  /** The same period as charts: plays over time, and each screen's uptime. */
  private readonly charts = new Task(this, {
    task: async ([query], { signal }) => {
      const [series, uptime] = await Promise.all([
        api.get(`/api/reports/plays/series?${query}`, PlaySeriesSchema, signal),
        api.get(`/api/monitoring/uptime?${query}`, UptimeReportSchema, signal),
      ]);
      return { series, uptime };
    },
    args: () => [reportQuery(this.draft).toString()] as const,
  });

  private set<K extends keyof ReportDraft>(key: K, value: ReportDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  override render() {
    const query = reportQuery(this.draft);
    return html`<div class="page-head">
        <h1>${msg('Báo cáo', { id: 'nav.reports' })}</h1>
        <a class="button" href=${`/api/reports/plays.csv?${query}`} download>
          ${msg('Tải CSV', { id: 'audit.csv' })}
        </a>
        <a class="button" href=${`/api/queue/report.csv?${query}`} download>
          ${msg('Số đã phục vụ theo quầy, theo giờ (CSV)', { id: 'reports.queueCsv' })}
        </a>
        <a class="button primary" href=${`/api/reports/print?${query}`} target="_blank" rel="noopener">
          ${msg('Mở bản in', { id: 'reports.print' })}
        </a>
      </div>
      <form class="card choices" @submit=${(e: Event) => e.preventDefault()}>
        ${selectField({
          id: 'period',
          label: msg('Kỳ báo cáo', { id: 'reports.period' }),
          value: this.draft.period,
          options: [
            { value: 'quarter', label: msg('Quý', { id: 'reports.quarter' }) },
            { value: 'month', label: msg('Tháng', { id: 'reports.month' }) },
            { value: 'year', label: msg('Năm', { id: 'reports.year' }) },
            { value: 'custom', label: msg('Khoảng ngày', { id: 'reports.custom' }) },
          ],
          onChange: (value) => this.set('period', value as ReportDraft['period']),
        })}
        ${this.renderPeriodValue()}
        ${selectField({
          id: 'by',
          label: msg('Theo', { id: 'reports.by' }),
          value: this.draft.by,
          options: [
            { value: 'slide', label: msg('Trang trình chiếu', { id: 'nav.slides' }) },
            { value: 'playlist', label: msg('Danh sách phát', { id: 'nav.playlists' }) },
            { value: 'tag', label: msg('Thẻ', { id: 'reports.tag' }) },
          ],
          onChange: (value) => this.set('by', value as ReportDraft['by']),
        })}
        ${selectField({
          id: 'per',
          label: msg('Chia theo', { id: 'reports.per' }),
          value: this.draft.per,
          options: [
            { value: 'all', label: msg('Tất cả màn hình', { id: 'reports.all' }) },
            { value: 'screen', label: msg('Từng màn hình', { id: 'reports.perScreen' }) },
            { value: 'group', label: msg('Từng nhóm màn hình', { id: 'reports.perGroup' }) },
          ],
          onChange: (value) => this.set('per', value as ReportDraft['per']),
        })}
      </form>
      ${renderTask(this.charts, ({ series, uptime }) => this.renderCharts(series.points, uptime.screens))}
      ${renderTask(this.report, (report) => this.renderReport(report))}`;
  }

  private renderPeriodValue() {
    const d = this.draft;
    switch (d.period) {
      case 'quarter':
        return selectField({
          id: 'quarter',
          label: msg('Quý', { id: 'reports.quarter' }),
          value: d.quarter,
          options: recentQuarters().map((q) => ({
            value: q,
            label: msg(str`Quý ${q.slice(6)} năm ${q.slice(0, 4)}`, { id: 'reports.quarterLabel' }),
          })),
          onChange: (value) => this.set('quarter', value),
        });
      case 'month':
        return selectField({
          id: 'month',
          label: msg('Tháng', { id: 'reports.month' }),
          value: d.month,
          options: recentMonths().map((m) => ({
            value: m,
            label: `${m.slice(5)}/${m.slice(0, 4)}`,
          })),
          onChange: (value) => this.set('month', value),
        });
      case 'year':
        return selectField({
          id: 'year',
          label: msg('Năm', { id: 'reports.year' }),
          value: d.year,
          options: recentYears().map((y) => ({ value: y, label: y })),
          onChange: (value) => this.set('year', value),
        });
      case 'custom':
        return html`${textField({
          id: 'from',
          type: 'date',
          label: msg('Từ ngày', { id: 'audit.from' }),
          value: d.from,
          onInput: (value) => this.set('from', value),
        })}
        ${textField({
          id: 'to',
          type: 'date',
          label: msg('Đến ngày', { id: 'audit.to' }),
          value: d.to,
          onInput: (value) => this.set('to', value),
        })}`;
    }
  }

  private renderCharts(points: PlaySeries['points'], screens: UptimeReport['screens']) {
    return html`<div class="charts">
      <section class="card" aria-labelledby="report-plays">
        <h2 id="report-plays">${msg('Lượt phát theo thời gian', { id: 'reports.playsChart' })}</h2>
        <plays-chart .points=${points}></plays-chart>
      </section>
      <section class="card" aria-labelledby="report-uptime">
        <h2 id="report-uptime">${msg('Thời gian hoạt động của màn hình', { id: 'reports.uptimeChart' })}</h2>
        ${
          screens.length === 0
            ? html`<p class="muted">${msg('Chưa có màn hình nào.', { id: 'dashboard.none' })}</p>`
            : html`<uptime-chart .screens=${screens}></uptime-chart>`
        }
      </section>
    </div>`;
  }

  private renderReport(report: PlayReport) {
    const scoped = this.draft.per !== 'all';
    return html`<h2>${report.period.label}</h2>
      <table>
        <thead>
          <tr>
            ${scoped ? html`<th scope="col">${msg('Phạm vi', { id: 'reports.scope' })}</th>` : ''}
            <th scope="col">${msg('Nội dung', { id: 'reports.item' })}</th>
            <th scope="col">${msg('Số lượt phát', { id: 'reports.plays' })}</th>
            <th scope="col">${msg('Thời lượng', { id: 'reports.duration' })}</th>
            <th scope="col">${msg('Số màn hình', { id: 'reports.screens' })}</th>
          </tr>
        </thead>
        <tbody>
          ${report.rows.map(
            (row) => html`<tr>
              ${scoped ? html`<td>${row.scope.name}</td>` : ''}
              <td>${row.item.name}</td>
              <td class="n">${formatNumber(row.plays)}</td>
              <td class="n">${formatDuration(Math.round(row.durationMs / 1000))}</td>
              <td class="n">${formatNumber(row.screensReached)}</td>
            </tr>`,
          )}
          <tr>
            <th scope="row" colspan=${scoped ? 2 : 1}>${msg('Tổng cộng', { id: 'reports.total' })}</th>
            <td class="n">${formatNumber(report.totals.plays)}</td>
            <td class="n">${formatDuration(Math.round(report.totals.durationMs / 1000))}</td>
            <td class="n">${formatNumber(report.totals.screensReached)}</td>
          </tr>
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reports-page': ReportsPage;
  }
}
