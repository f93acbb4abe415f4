import { type Approval, type ReviewedResource, ScheduleEntryInputSchema } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiFailure } from '../api/api-failure.js';
import {
  approve,
  approveUrgentNotice,
  fetchApprovals,
  returnWithComment,
  urgentNoticeRevisions,
} from '../api/approvals.js';
import { describeTiming } from '../format/describe-schedule.js';
import { formatDateTime } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { currentLocale } from '../i18n/locale.js';
import { renderTask } from '../render/render-task.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { urgentMark } from '../render/urgent-mark.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';

function resourceLabel(resource: ReviewedResource): string {
  switch (resource) {
    case 'slides':
      return msg('Trang trình chiếu', { id: 'nav.slides' });
    case 'playlists':
      return msg('Danh sách phát', { id: 'nav.playlists' });
    case 'schedules':
      return msg('Lịch phát', { id: 'nav.schedules' });
  }
}

/** A field's value as text for the before/after table. */
/** When a schedule entry version plays, in words; empty for anything else. */
function timingOf(version: Record<string, unknown> | null): string {
  const parsed = ScheduleEntryInputSchema.safeParse(version);
  return parsed.success ? describeTiming(parsed.data, currentLocale()) : '';
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const keyOf = (item: Approval) => `${item.resource}/${item.id}`;

/** The approval queue: each submitted draft beside what screens show now; approve or return. */
@customElement('approvals-page')
@localized()
export class ApprovalsPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .queue {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 1rem;
      }
      .item h2 {
        margin-top: 0;
      }
      td.before {
        background: #fdf1f0;
      }
      td.after {
        background: #eef7f0;
      }
      td {
        overflow-wrap: anywhere;
        vertical-align: top;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: flex-end;
        margin-top: 1rem;
      }
      .actions .field {
        flex: 1 1 20rem;
        margin: 0;
      }
    `,
  ];

  @state() private comments: Record<string, string> = {};
  @state() private errors: Record<string, string> = {};
  @state() private done: string | null = null;

  private readonly queue = new Task(this, {
    task: (_args, { signal }) => fetchApprovals(signal),
    args: () => [],
  });

  private async act(item: Approval, step: 'approve' | 'return'): Promise<void> {
    const key = keyOf(item);
    const comment = (this.comments[key] ?? '').trim();
    if (step === 'return' && !comment) {
      this.errors = {
        ...this.errors,
        [key]: msg('Hãy ghi lý do trả lại.', { id: 'approvals.commentRequired' }),
      };
      return;
    }
    this.errors = { ...this.errors, [key]: '' };
    try {
      const notice = this.noticeRevisions(item);
      if (step === 'return')
        await returnWithComment(item.resource, item.id, comment, item.revision);
      else if (notice) await approveUrgentNotice(item.id, notice);
      else await approve(item.resource, item.id, item.revision);
      const label = item.label;
      this.done =
        step === 'approve'
          ? msg(str`Đã duyệt "${label}": màn hình sẽ phát bản mới.`, { id: 'approvals.approved' })
          : msg(str`Đã trả lại "${label}" kèm góp ý.`, { id: 'approvals.returned' });
      await this.queue.run();
    } catch (error) {
      this.errors = { ...this.errors, [key]: describeFailure(error) };
      // A newer revision replaced what was shown: show that one instead, with the error kept.
      if (error instanceof ApiFailure && error.status === 409) await this.queue.run();
    }
  }

  /** An urgent notice's entry is approved with its slide and playlist in one step. */
  private noticeRevisions(item: Approval) {
    return urgentNoticeRevisions(item, this.queue.value ?? []);
  }

  override render() {
    return html`<h1>${msg('Chờ duyệt', { id: 'nav.approvals' })}</h1>
      ${this.done ? html`<p class="notice" role="status">${this.done}</p>` : ''}
      ${renderTask(this.queue, (items) =>
        items.length === 0
          ? html`<p class="empty">${msg('Không có nội dung nào chờ duyệt.', { id: 'approvals.none' })}</p>`
          : html`<ul class="queue">
              ${items.map((item) => this.renderItem(item))}
            </ul>`,
      )}`;
  }

  private renderItem(item: Approval) {
    const key = keyOf(item);
    const headingId = `approval-${item.id}`;
    const commentId = `comment-${item.id}`;
    const error = this.errors[key];
    const fields = item.before === null ? Object.keys(item.after) : item.changedFields;
    return html`<li class="item card" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${urgentMark(item)}${resourceLabel(item.resource)}: ${item.label}</h2>
      <p class="muted" data-revision=${item.revision}>
        ${msg(str`Bản số ${item.revision} — đúng nội dung sẽ được phát khi duyệt.`, { id: 'approvals.revision' })}
      </p>
      <p class="muted">
        ${item.submittedBy?.name || item.submittedBy?.login || ''}
        ${item.review.submittedAt ? html` · ${formatDateTime(item.review.submittedAt)}` : ''}
        ${item.before === null ? html` · <strong>${msg('Nội dung mới', { id: 'approvals.new' })}</strong>` : ''}
      </p>
      <table>
        <caption class="visually-hidden">
          ${msg('Trước và sau khi sửa', { id: 'approvals.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Mục', { id: 'approvals.field' })}</th>
            <th scope="col">${msg('Đang phát', { id: 'approvals.before' })}</th>
            <th scope="col">${msg('Bản đề xuất', { id: 'approvals.after' })}</th>
          </tr>
        </thead>
        <tbody>
          ${
            item.resource === 'schedules'
              ? html`<tr>
                <th scope="row">${msg('Thời gian', { id: 'schedules.when' })}</th>
                <td class="before">${timingOf(item.before)}</td>
                <td class="after">${timingOf(item.after)}</td>
              </tr>`
              : ''
          }
          ${fields
            .filter((field) => field !== 'id')
            .map(
              (field) => html`<tr>
                <th scope="row">${fieldLabel(field)}</th>
                <td class="before">${shown(item.before?.[field])}</td>
                <td class="after">${shown(item.after[field])}</td>
              </tr>`,
            )}
        </tbody>
      </table>
      <p>
        <a href=${routeHref(item.resource, item.id)}>${msg('Mở để xem trước', { id: 'approvals.open' })}</a>
      </p>
      <div class="actions">
        <div class="field">
          <label for=${commentId}>${msg('Góp ý khi trả lại', { id: 'approvals.comment' })}</label>
          <textarea
            id=${commentId}
            .value=${this.comments[key] ?? ''}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${commentId}-error` : ''}
            @input=${(event: Event) => {
              this.comments = {
                ...this.comments,
                [key]: (event.target as HTMLTextAreaElement).value,
              };
            }}
          ></textarea>
        </div>
        <button type="button" @click=${() => this.act(item, 'return')}>
          ${msg('Trả lại', { id: 'approvals.return' })}
        </button>
        <button type="button" class="primary" @click=${() => this.act(item, 'approve')}>
          ${
            this.noticeRevisions(item)
              ? msg('Duyệt cả thông báo khẩn (trang, danh sách phát, lịch) và phát', {
                  id: 'approvals.approveNotice',
                })
              : msg('Duyệt và phát', { id: 'approvals.approve' })
          }
        </button>
      </div>
      ${error ? html`<p class="field-error" id="${commentId}-error" role="alert">${error}</p>` : ''}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'approvals-page': ApprovalsPage;
  }
}
