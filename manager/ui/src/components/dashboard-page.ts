import type { ScreenFlag, ScreenState, ScreenStatus } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { fetchApprovals } from '../api/approvals.js';
import { fetchMonitoredScreens, fetchPlaysSeries, fetchUptime } from '../api/monitoring.js';
import { ScreenStatusFeed } from '../api/screen-status-feed.js';
import { may } from '../api/signed-in-user.js';
import { lastDays } from '../format/day-range.js';
import { formatDateTime, formatNumber } from '../format/format.js';
import { renderTask } from '../render/render-task.js';
import { urgentMark } from '../render/urgent-mark.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './first-steps-card.js';
import './plays-chart.js';
import './screen-now-showing.js';
import './uptime-chart.js';
import './urgent-notice-bar.js';
import { plural } from '../i18n/plural.js';
import { TableCellLabels } from '../render/table-cell-labels.js';

const REFRESH_MS = 30_000;
const CHART_DAYS = 14;

function stateLabel(state: ScreenState): string {
  switch (state) {
    case 'online':
      return msg('Trực tuyến', { id: 'dashboard.up' });
    case 'offline':
      return msg('Mất kết nối', { id: 'dashboard.down' });
    case 'off':
      return msg('Tắt theo lịch', { id: 'monitoring.off' });
    case 'stale':
      return msg('Nội dung cũ', { id: 'monitoring.stale' });
    case 'unknown':
      return msg('Chưa báo cáo', { id: 'monitoring.unknown' });
  }
}

function flagLabel(flag: ScreenFlag): string {
  switch (flag) {
    case 'storage_low':
      return msg('Sắp đầy bộ nhớ', { id: 'monitoring.storageLow' });
    case 'clock_untrusted':
      return msg('Đồng hồ chưa tin cậy', { id: 'monitoring.clockUntrusted' });
    case 'errors':
      return msg('Có lỗi', { id: 'monitoring.errors' });
  }
}

function pendingCount(count: number): string {
  const items = formatNumber(count);
  return plural(count, {
    one: () => msg(str`${items} nội dung đang chờ duyệt`, { id: 'dashboard.pendingCount.one' }),
    other: () => msg(str`${items} nội dung đang chờ duyệt`, { id: 'dashboard.pendingCount' }),
  });
}

function rejectedPlays(count: number): string {
  const plays = formatNumber(count);
  return plural(count, {
    one: () => msg(str`${plays} lượt phát bị từ chối`, { id: 'dashboard.rejectedPlays.one' }),
    other: () => msg(str`${plays} lượt phát bị từ chối`, { id: 'dashboard.rejectedPlays' }),
  });
}

/** Every screen at a glance (state from the monitor), pending approvals, plays and uptime. */
@customElement('dashboard-page')
@localized()
export class DashboardPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .state-online {
        background: var(--c-ok-bg);
        color: var(--c-ok);
      }
      .state-offline {
        background: var(--c-danger-bg);
        color: var(--c-danger);
      }
      .state-off,
      .state-unknown {
        background: #eceff3;
        color: #3d4654;
      }
      .state-stale {
        background: #fff4d6;
        color: #6b4a00;
      }
      .flag {
        display: block;
        font-size: 0.85rem;
        color: var(--c-muted);
      }
      code {
        font-size: 0.85rem;
      }
      .summary {
        margin: 0 0 1rem;
      }
      .pending {
        margin-bottom: 1.5rem;
      }
      .pending ul {
        margin: 0;
      }
      .now summary {
        cursor: pointer;
        font-size: 0.85rem;
      }
      .now screen-now-showing {
        width: 16rem;
        margin-top: 0.5rem;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
        gap: 1rem;
        margin-top: 1.5rem;
      }
    `,
  ];

  private timer: ReturnType<typeof setInterval> | undefined;

  /** Statuses from the live feed, newer than the last list loaded. */
  @state() private live: ReadonlyMap<string, ScreenStatus> = new Map();
  /** The screens whose "now showing" picture is open (each is a whole player: on demand). */
  @state() private opened: ReadonlySet<string> = new Set();

  private readonly screens = new Task(this, {
    task: async (_args, { signal }) => {
      const screens = await fetchMonitoredScreens(signal);
      this.live = new Map();
      return screens;
    },
    args: () => [],
  });

  readonly feed = new ScreenStatusFeed(this, (status) => {
    this.live = new Map(this.live).set(status.id, status);
  });

  private readonly approvals = new Task(this, {
    task: (_args, { signal }) => fetchApprovals(signal),
    args: () => [],
  });

  private readonly charts = new Task(this, {
    task: async (_args, { signal }) => {
      const range = lastDays(CHART_DAYS, Date.now());
      const [plays, uptime] = await Promise.all([
        fetchPlaysSeries(range, signal),
        fetchUptime(range, signal),
      ]);
      return { plays, uptime };
    },
    args: () => [],
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      void this.screens.run();
      void this.approvals.run();
    }, REFRESH_MS);
  }

  override disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  override render() {
    return html`<h1>${msg('Bảng điều khiển', { id: 'nav.dashboard' })}</h1>
      ${may('admin') ? html`<first-steps-card></first-steps-card>` : ''}
      <urgent-notice-bar @urgent-notice-changed=${() => void this.approvals.run()}></urgent-notice-bar>
      <section class="card pending" aria-labelledby="pending-heading">
        <h2 id="pending-heading">${msg('Nội dung chờ duyệt', { id: 'dashboard.pending' })}</h2>
        ${renderTask(this.approvals, (items) =>
          items.length === 0
            ? html`<p class="muted">${msg('Không có nội dung nào chờ duyệt.', { id: 'approvals.none' })}</p>`
            : html`<p>
                  ${
                    // Only approvers have something to do on the approvals page.
                    may('approver')
                      ? html`<a href=${routeHref('approvals')}
                          >${pendingCount(items.length)}</a
                        >`
                      : pendingCount(items.length)
                  }
                </p>
                <ul>
                  ${items.slice(0, 5).map((item) => html`<li>${urgentMark(item)}${item.label}</li>`)}
                </ul>`,
        )}
      </section>
      <h2>${msg('Các màn hình', { id: 'dashboard.caption' })}</h2>
      ${renderTask(this.screens, (screens) => this.renderScreens(screens))}
      <div class="charts">
        <section class="card" aria-labelledby="plays-heading">
          <h2 id="plays-heading">
            ${msg(str`Lượt phát ${CHART_DAYS} ngày qua`, { id: 'dashboard.playsChart' })}
          </h2>
          ${renderTask(this.charts, ({ plays }) => html`<plays-chart .points=${plays}></plays-chart>`)}
        </section>
        <section class="card" aria-labelledby="uptime-heading">
          <h2 id="uptime-heading">
            ${msg(str`Thời gian hoạt động ${CHART_DAYS} ngày qua`, { id: 'dashboard.uptimeChart' })}
          </h2>
          ${renderTask(this.charts, ({ uptime }) =>
            uptime.length === 0
              ? html`<p class="muted">${msg('Chưa có màn hình nào.', { id: 'dashboard.none' })}</p>`
              : html`<uptime-chart .screens=${uptime}></uptime-chart>`,
          )}
        </section>
      </div>`;
  }

  private renderScreens(screens: ScreenStatus[]) {
    if (screens.length === 0) {
      return html`<p class="empty">
        ${msg('Chưa có màn hình nào.', { id: 'dashboard.none' })}
        <a href=${routeHref('screens')}>${msg('Ghép nối màn hình', { id: 'screens.pair' })}</a>
      </p>`;
    }
    const online = screens.filter((screen) => screen.state === 'online').length;
    return html`<p class="summary">
        ${msg('Đang trực tuyến', { id: 'dashboard.online' })}: <strong>${online}</strong> /
        ${screens.length}
      </p>
      <table>
        <caption class="visually-hidden">${msg('Các màn hình', { id: 'dashboard.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Màn hình', { id: 'nav.screens' })}</th>
            <th scope="col">${msg('Vị trí', { id: 'screen.location' })}</th>
            <th scope="col">${msg('Trạng thái', { id: 'dashboard.status' })}</th>
            <th scope="col">${msg('Đang phát', { id: 'dashboard.showing' })}</th>
            <th scope="col">${msg('Liên lạc gần nhất', { id: 'dashboard.lastSeen' })}</th>
          </tr>
        </thead>
        <tbody>
          ${screens.map((screen) => this.renderRow(this.live.get(screen.id) ?? screen))}
        </tbody>
      </table>`;
  }

  private renderRow(screen: ScreenStatus) {
    return html`<tr>
      <td><a href=${routeHref('screens', screen.id)}>${screen.name}</a></td>
      <td>${screen.location}</td>
      <td>
        <span class="badge state-${screen.state}">${stateLabel(screen.state)}</span>
        ${screen.flags.map((flag) => html`<span class="flag">${flagLabel(flag)}</span>`)}
        ${
          screen.rejectedPlays > 0
            ? html`<span class="flag" data-testid="rejected-plays"
                >${rejectedPlays(screen.rejectedPlays)}</span
              >`
            : ''
        }
      </td>
      <td>${this.renderShowing(screen)}</td>
      <td>
        ${
          screen.lastSeenAt
            ? formatDateTime(screen.lastSeenAt)
            : html`<span class="muted">${msg('Chưa bao giờ', { id: 'dashboard.never' })}</span>`
        }
      </td>
    </tr>`;
  }

  /** What the screen last said it shows, and whether that is the content it should have now. */
  private renderShowing(screen: ScreenStatus) {
    const shown = screen.showing?.slide?.name ?? screen.showing?.playlist?.name;
    if (!shown) {
      return html`<span class="muted">${msg('Chưa báo', { id: 'dashboard.noShowing' })}</span>`;
    }
    const current =
      screen.reportedVersion !== null && screen.reportedVersion === screen.currentVersion;
    return html`${shown}
      <span class="flag">
        ${
          current
            ? msg('nội dung mới nhất', { id: 'dashboard.upToDate' })
            : msg('chưa nhận nội dung mới nhất', { id: 'dashboard.behind' })
        }
      </span>
      <details class="now" @toggle=${(event: Event) => this.toggle(screen.id, event)}>
        <summary>
          ${msg('Xem màn hình', { id: 'nowShowing.open' })}
          <span class="visually-hidden">${screen.name}</span>
        </summary>
        ${
          this.opened.has(screen.id)
            ? html`<screen-now-showing .status=${screen} .maxHeight=${160}></screen-now-showing>`
            : ''
        }
      </details>`;
  }

  private toggle(screenId: string, event: Event): void {
    const opened = new Set(this.opened);
    if ((event.target as HTMLDetailsElement).open) opened.add(screenId);
    else opened.delete(screenId);
    this.opened = opened;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-page': DashboardPage;
  }
}
