import { AccountSchema, AUDIT_ACTIONS, type AuditRecord } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { listItems } from '../api/api-client.js';
import { type AuditFilterDraft, auditQuery, fetchAuditPage, NO_FILTER } from '../api/audit.js';
import { formatDateTime } from '../format/format.js';
import { selectField, textField } from '../forms/fields.js';
import { auditActionLabel, auditResourceLabel } from '../i18n/people-labels.js';
import { renderTask } from '../render/render-task.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { sharedStyles } from '../styles/shared-styles.js';

const RESOURCES = [
  'slides',
  'media',
  'procedures',
  'hotlines',
  'playlists',
  'schedules',
  'screens',
  'groups',
  'users',
  'settings',
  'session',
  'holidays',
  'urgent_notices',
];

/** The audit log: who did what, when, to which object; filtered, paged, exported as CSV. */
@customElement('audit-page')
@localized()
export class AuditPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 0 1rem;
        align-items: end;
      }
      .pager {
        display: flex;
        gap: 0.5rem;
        margin-top: 1rem;
      }
    `,
  ];

  @state() private draft: AuditFilterDraft = NO_FILTER;
  @state() private filter: AuditFilterDraft = NO_FILTER;
  /** The `before` of each page shown so far; the last is the current page's. */
  @state() private pages: (number | null)[] = [null];

  private readonly users = new Task(this, {
    task: (_args, { signal }) => listItems('users', AccountSchema, signal),
    args: () => [],
  });

  private readonly records = new Task(this, {
    task: ([filter, before], { signal }) => fetchAuditPage(filter, before, signal),
    args: () => [this.filter, this.pages.at(-1) ?? null] as const,
  });

  private set<K extends keyof AuditFilterDraft>(key: K, value: AuditFilterDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault();
    this.filter = this.draft;
    this.pages = [null];
  }

  override render() {
    const csvHref = `/api/audit.csv?${auditQuery(this.filter)}`;
    return html`<div class="page-head">
        <h1>${msg('Nhật ký', { id: 'nav.audit' })}</h1>
        <a class="button" href=${csvHref} download>${msg('Tải CSV', { id: 'audit.csv' })}</a>
      </div>
      <form class="card filters" @submit=${this.apply} novalidate>
        ${selectField({
          id: 'userId',
          label: msg('Người thực hiện', { id: 'audit.who' }),
          value: this.draft.userId,
          options: [
            { value: '', label: msg('— Tất cả —', { id: 'common.all' }) },
            ...(this.users.value ?? []).map((u) => ({
              value: u.id,
              label: u.name ? `${u.name} (${u.login})` : u.login,
            })),
          ],
          onChange: (value) => this.set('userId', value),
        })}
        ${selectField({
          id: 'action',
          label: msg('Thao tác', { id: 'common.actions' }),
          value: this.draft.action,
          options: [
            { value: '', label: msg('— Tất cả —', { id: 'common.all' }) },
            ...AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(a) })),
          ],
          onChange: (value) => this.set('action', value),
        })}
        ${selectField({
          id: 'resource',
          label: msg('Loại đối tượng', { id: 'audit.resource' }),
          value: this.draft.resource,
          options: [
            { value: '', label: msg('— Tất cả —', { id: 'common.all' }) },
            ...RESOURCES.map((r) => ({ value: r, label: auditResourceLabel(r) })),
          ],
          onChange: (value) => this.set('resource', value),
        })}
        ${textField({
          id: 'resourceId',
          label: msg('Mã đối tượng', { id: 'audit.resourceId' }),
          value: this.draft.resourceId,
          onInput: (value) => this.set('resourceId', value),
        })}
        ${textField({
          id: 'fromDay',
          type: 'date',
          label: msg('Từ ngày', { id: 'audit.from' }),
          value: this.draft.fromDay,
          onInput: (value) => this.set('fromDay', value),
        })}
        ${textField({
          id: 'toDay',
          type: 'date',
          label: msg('Đến ngày', { id: 'audit.to' }),
          value: this.draft.toDay,
          onInput: (value) => this.set('toDay', value),
        })}
        <div class="field">
          <button class="primary" type="submit">${msg('Lọc', { id: 'audit.apply' })}</button>
        </div>
      </form>
      ${renderTask(this.records, ({ items, nextBefore }) => this.renderPage(items, nextBefore))}`;
  }

  private renderPage(items: AuditRecord[], nextBefore: number | null) {
    return html`${
      items.length === 0
        ? html`<p class="empty">${msg('Không có bản ghi nào.', { id: 'audit.none' })}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${msg('Thời điểm', { id: 'audit.at' })}</th>
                <th scope="col">${msg('Người thực hiện', { id: 'audit.who' })}</th>
                <th scope="col">${msg('Thao tác', { id: 'common.actions' })}</th>
                <th scope="col">${msg('Đối tượng', { id: 'audit.object' })}</th>
                <th scope="col">${msg('Địa chỉ', { id: 'audit.address' })}</th>
              </tr>
            </thead>
            <tbody>
              ${items.map(
                (r) => html`<tr>
                  <td>${formatDateTime(r.at)}</td>
                  <td>${r.userName || r.userLogin || r.login || '—'}</td>
                  <td>${auditActionLabel(r.action)}</td>
                  <td>${auditResourceLabel(r.resource)} <span class="muted">${r.resourceId}</span></td>
                  <td>${r.address ?? ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
    }
      <div class="pager">
        ${
          this.pages.length > 1
            ? html`<button
                @click=${() => {
                  this.pages = this.pages.slice(0, -1);
                }}
              >
                ${msg('Trang trước', { id: 'audit.previous' })}
              </button>`
            : nothing
        }
        ${
          nextBefore !== null
            ? html`<button
                @click=${() => {
                  this.pages = [...this.pages, nextBefore];
                }}
              >
                ${msg('Trang sau', { id: 'audit.next' })}
              </button>`
            : nothing
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'audit-page': AuditPage;
  }
}
