import {
  type ScheduleEntry,
  ScreenSchema,
  StoredPlaylistSchema,
  type StoredScheduleEntry,
  StoredScheduleEntrySchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { may, mayDelete } from '../api/signed-in-user.js';
import { describeTiming } from '../format/describe-schedule.js';
import { formatDateTime } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { scheduleKindLabel } from '../i18n/labels.js';
import { currentLocale } from '../i18n/locale.js';
import { renderTask } from '../render/render-task.js';
import { statusBadge } from '../render/status-badge.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './schedule-week.js';
import './urgent-notice-bar.js';
import { TableCellLabels } from '../render/table-cell-labels.js';

/** The week view of one screen, then every schedule entry: which playlist plays where and when. */
@customElement('schedules-page')
@localized()
export class SchedulesPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .urgent {
        display: inline-block;
        background: #b42318;
        color: #fff;
        border-radius: 999px;
        padding: 0 0.55rem;
        font-weight: 600;
        font-size: 0.85rem;
      }
      .expired {
        color: var(--c-muted);
        font-style: italic;
      }
    `,
  ];

  @state() private rowErrors: Record<string, string> = {};

  private readonly entries = new Task(this, {
    task: async (_args, { signal }) => {
      const [entries, playlists, screens] = await Promise.all([
        listItems('schedules', StoredScheduleEntrySchema, signal),
        listItems('playlists', StoredPlaylistSchema, signal),
        listItems('screens', ScreenSchema, signal),
      ]);
      return { entries, screens, playlists: new Map(playlists.map((p) => [p.id, p.name])) };
    },
    args: () => [],
  });

  private async deleteItem(entry: ScheduleEntry): Promise<void> {
    const question = msg('Xoá lịch phát này?', { id: 'schedules.confirmDelete' });
    if (!window.confirm(`${question}\n${entry.name}`)) return;
    try {
      await api.delete(`/api/schedules/${encodeURIComponent(entry.id)}`);
      await this.entries.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [entry.id]: describeFailure(error) };
    }
  }

  override render() {
    return html`<div class="page-head">
        <h1>${msg('Lịch phát', { id: 'nav.schedules' })}</h1>
        ${
          may('editor')
            ? html`<a class="button primary" href=${routeHref('schedules', 'new')}>
              + ${msg('Thêm lịch phát', { id: 'schedules.new' })}
            </a>`
            : ''
        }
      </div>
      ${renderTask(
        this.entries,
        ({ entries, playlists, screens }) => html`<urgent-notice-bar
            @urgent-notice-changed=${() => void this.entries.run()}
          ></urgent-notice-bar>
          <section aria-labelledby="week-heading">
            <h2 id="week-heading">${msg('Lịch tuần theo màn hình', { id: 'week.title' })}</h2>
            <schedule-week .screens=${screens} .entries=${entries}></schedule-week>
          </section>
          <h2>${msg('Tất cả lịch phát', { id: 'schedules.all' })}</h2>
          ${this.renderEntries(entries, playlists)}`,
      )}`;
  }

  private renderEntries(entries: StoredScheduleEntry[], playlists: Map<string, string>) {
    return entries.length === 0
      ? html`<p class="empty">
              ${msg('Chưa có lịch phát nào: các màn hình phát danh sách mặc định.', {
                id: 'schedules.none',
              })}
            </p>`
      : html`<table>
              <thead>
                <tr>
                  <th scope="col">${msg('Tên', { id: 'common.name' })}</th>
                  <th scope="col">${msg('Trạng thái', { id: 'dashboard.status' })}</th>
                  <th scope="col">${msg('Loại', { id: 'slide.kind' })}</th>
                  <th scope="col">${msg('Danh sách phát', { id: 'nav.playlists' })}</th>
                  <th scope="col">${msg('Thời gian', { id: 'schedules.when' })}</th>
                  <th scope="col">${msg('Ưu tiên', { id: 'schedule.priority' })}</th>
                  <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'common.actions' })}</span></th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry) => html`<tr>
                    <td><a href=${routeHref('schedules', entry.id)}>${entry.name}</a></td>
                    <td>${statusBadge(entry.status)}</td>
                    <td>
                      ${
                        entry.kind === 'interrupt'
                          ? html`<span class="urgent">${scheduleKindLabel(entry.kind)}</span>`
                          : scheduleKindLabel(entry.kind)
                      }
                      ${this.renderExpiry(entry)}
                    </td>
                    <td>${entry.playlistId ? (playlists.get(entry.playlistId) ?? '') : '—'}</td>
                    <td data-testid="entry-when">${describeTiming(entry, currentLocale())}</td>
                    <td>${entry.priority}</td>
                    <td>
                      ${
                        mayDelete(entry)
                          ? html`<button class="small danger" @click=${() => this.deleteItem(entry)}>
                        ${msg('Xoá', { id: 'common.delete' })}
                        <span class="visually-hidden">${entry.name}</span>
                      </button>`
                          : ''
                      }
                      ${
                        this.rowErrors[entry.id]
                          ? html`<p class="field-error" role="alert">${this.rowErrors[entry.id]}</p>`
                          : ''
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`;
  }

  private renderExpiry(entry: ScheduleEntry) {
    if (!entry.expiresAt) return '';
    const expired = Date.parse(entry.expiresAt) <= Date.now();
    const when = formatDateTime(entry.expiresAt);
    return html`<br /><span class=${expired ? 'expired' : 'muted'}>
      ${
        expired
          ? msg(str`Đã hết hạn lúc ${when}`, { id: 'schedules.expired' })
          : msg(str`Hết hạn lúc ${when}`, { id: 'schedules.expires' })
      }
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'schedules-page': SchedulesPage;
  }
}
