import type { Screen } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { listItems } from '../api/api-client.js';
import { fetchApprovals } from '../api/approvals.js';
import { formatDateTime } from '../format/format.js';
import { isOnline } from '../format/screen-status.js';
import { renderTask } from '../render/render-task.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';

const REFRESH_MS = 30_000;

/** Every screen at a glance: online or not, which manifest it runs, when it last reported. */
@customElement('dashboard-page')
@localized()
export class DashboardPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .badge {
        display: inline-block;
        padding: 0.1rem 0.6rem;
        border-radius: 999px;
        font-weight: 600;
        font-size: 0.9rem;
      }
      .online {
        background: var(--c-ok-bg);
        color: var(--c-ok);
      }
      .offline {
        background: #eceff3;
        color: #3d4654;
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
    `,
  ];

  @state() private now = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  private readonly screens = new Task(this, {
    task: (_args, { signal }) => listItems<Screen>('screens', signal),
    args: () => [],
  });

  private readonly approvals = new Task(this, {
    task: (_args, { signal }) => fetchApprovals(signal),
    args: () => [],
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      this.now = Date.now();
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
      <section class="card pending" aria-labelledby="pending-heading">
        <h2 id="pending-heading">${msg('Nội dung chờ duyệt', { id: 'dashboard.pending' })}</h2>
        ${renderTask(this.approvals, (items) =>
          items.length === 0
            ? html`<p class="muted">${msg('Không có nội dung nào chờ duyệt.', { id: 'approvals.none' })}</p>`
            : html`<p>
                  <a href=${routeHref('approvals')}
                    >${msg(str`${items.length} nội dung đang chờ duyệt`, { id: 'dashboard.pendingCount' })}</a
                  >
                </p>
                <ul>
                  ${items.slice(0, 5).map((item) => html`<li>${item.label}</li>`)}
                </ul>`,
        )}
      </section>
      <h2>${msg('Các màn hình', { id: 'dashboard.caption' })}</h2>
      ${renderTask(this.screens, (screens) => this.renderScreens(screens))}`;
  }

  private renderScreens(screens: Screen[]) {
    if (screens.length === 0) {
      return html`<p class="empty">
        ${msg('Chưa có màn hình nào.', { id: 'dashboard.none' })}
        <a href=${routeHref('screens')}>${msg('Ghép nối màn hình', { id: 'screens.pair' })}</a>
      </p>`;
    }
    const online = screens.filter((screen) => isOnline(screen, this.now)).length;
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
            <th scope="col">${msg('Phiên bản nội dung', { id: 'dashboard.version' })}</th>
            <th scope="col">${msg('Liên lạc gần nhất', { id: 'dashboard.lastSeen' })}</th>
          </tr>
        </thead>
        <tbody>
          ${screens.map((screen) => this.renderRow(screen))}
        </tbody>
      </table>`;
  }

  private renderRow(screen: Screen) {
    const up = isOnline(screen, this.now);
    return html`<tr>
      <td><a href=${routeHref('screens', screen.id)}>${screen.name}</a></td>
      <td>${screen.location}</td>
      <td>
        <span class="badge ${up ? 'online' : 'offline'}">
          ${
            up
              ? msg('Trực tuyến', { id: 'dashboard.up' })
              : msg('Mất kết nối', { id: 'dashboard.down' })
          }
        </span>
      </td>
      <td>
        ${
          screen.manifestVersion
            ? html`<code>${screen.manifestVersion.slice(0, 12)}</code>`
            : html`<span class="muted">${msg('Chưa nhận', { id: 'dashboard.noVersion' })}</span>`
        }
      </td>
      <td>
        ${
          screen.lastSeenAt
            ? formatDateTime(screen.lastSeenAt)
            : html`<span class="muted">${msg('Chưa bao giờ', { id: 'dashboard.never' })}</span>`
        }
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-page': DashboardPage;
  }
}
