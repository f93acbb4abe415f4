import { type ScheduleEntry, StoredScheduleEntrySchema } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { may } from '../api/signed-in-user.js';
import { UrgentNoticeChangedEvent } from '../events/urgent-notice-changed-event.js';
import { formatDateTime } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './urgent-notice-form.js';

/**
 * One step to an urgent notice (the button opens its form), and the notices still running,
 * each withdrawn in one click. On the dashboard and the schedule page.
 */
@customElement('urgent-notice-bar')
@localized()
export class UrgentNoticeBar extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 0 0 1rem;
      }
      .active {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0 0;
      }
      .active li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem;
        padding: 0.35rem 0.6rem;
        border-left: 4px solid #b42318;
        background: #fdecea;
        margin-top: 0.3rem;
      }
    `,
  ];

  @state() private open = false;
  @state() private failure: string | null = null;

  private readonly active = new Task(this, {
    task: async (_args, { signal }) => {
      const entries = await listItems('schedules', StoredScheduleEntrySchema, signal);
      const now = Date.now();
      return entries.filter(
        (entry) =>
          entry.kind === 'interrupt' &&
          entry.expiresAt !== null &&
          Date.parse(entry.expiresAt) > now,
      );
    },
    args: () => [],
  });

  private async withdraw(entry: ScheduleEntry): Promise<void> {
    this.failure = null;
    try {
      await api.delete(`/api/urgent-notices/${encodeURIComponent(entry.id)}`);
      this.dispatchEvent(new UrgentNoticeChangedEvent());
      await this.active.run();
    } catch (error) {
      this.failure = describeFailure(error);
    }
  }

  override render() {
    if (!may('editor')) return this.renderActive();
    return html`<button
        type="button"
        class="urgent"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => {
          this.open = !this.open;
        }}
      >
        ⚠ ${msg('Phát thông báo khẩn', { id: 'urgent.open' })}
      </button>
      ${
        this.open
          ? html`<div class="card">
            <urgent-notice-form
              @urgent-notice-changed=${() => void this.active.run()}
            ></urgent-notice-form>
          </div>`
          : nothing
      }
      ${this.renderActive()}`;
  }

  private renderActive() {
    const entries = this.active.value ?? [];
    if (entries.length === 0 && !this.failure) return nothing;
    return html`<ul class="active" aria-label=${msg('Thông báo khẩn đang phát', { id: 'urgent.active' })}>
        ${entries.map(
          (entry) => html`<li data-testid="urgent-active">
            <strong>${entry.name}</strong>
            <span>
              ${
                entry.status === 'published'
                  ? msg(str`đến ${formatDateTime(entry.expiresAt ?? '')}`, {
                      id: 'urgent.runsUntil',
                    })
                  : msg('chờ phê duyệt (khẩn)', { id: 'urgent.waiting' })
              }
            </span>
            ${
              may('editor')
                ? html`<button type="button" class="small" @click=${() => this.withdraw(entry)}>
                  ${msg('Thu hồi', { id: 'urgent.withdraw' })}
                  <span class="visually-hidden">${entry.name}</span>
                </button>`
                : nothing
            }
          </li>`,
        )}
      </ul>
      ${this.failure ? html`<p class="field-error" role="alert">${this.failure}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'urgent-notice-bar': UrgentNoticeBar;
  }
}
