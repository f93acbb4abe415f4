import { type FigureFeed, FigureFeedSchema, FigureSourceInputSchema } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../api/api-client.js';
import { ApiFailure } from '../api/api-failure.js';
import { formatDateTime } from '../format/format.js';
import { errorsFromFailure, type FieldErrors, NO_ERRORS, validate } from '../forms/field-errors.js';
import { formAlert, numberField, selectField, textField } from '../forms/fields.js';
import {
  type FieldDraft,
  type FigureSourceDraft,
  sourceDraft,
  sourceInput,
} from '../forms/figure-source-draft.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * An admin's form for where a figures slide's numbers come from: a JSON or CSV address the
 * manager reads on a schedule, one mapping per figure, and how the last read went.
 */
@customElement('figure-source-panel')
@localized()
export class FigureSourcePanel extends LitElement {
  static override styles = sharedStyles;

  @property({ attribute: false }) slideId = '';
  /** The slide's figures as saved, for their labels. */
  @property({ attribute: false }) items: unknown = [];

  @state() private draft: FigureSourceDraft = sourceDraft(null, 0);
  @state() private feed: FigureFeed | null = null;
  @state() private errors: FieldErrors = NO_ERRORS;
  @state() private failure: string | null = null;
  @state() private busy = false;

  private readonly loader = new Task(this, {
    task: async ([id], { signal }) => {
      const path = `/api/slides/${encodeURIComponent(id)}/figure-source`;
      this.feed = await api.get(path, FigureFeedSchema, signal).catch((error: unknown) => {
        if (error instanceof ApiFailure && error.status === 404) return null;
        throw error;
      });
      this.draft = sourceDraft(this.feed, this.labels().length);
    },
    args: () => [this.slideId] as const,
  });

  private labels(): string[] {
    const items = Array.isArray(this.items) ? (this.items as { label?: unknown }[]) : [];
    return items.map((item, index) =>
      typeof item.label === 'string' && item.label ? item.label : String(index + 1),
    );
  }

  private get path(): string {
    return `/api/slides/${encodeURIComponent(this.slideId)}/figure-source`;
  }

  private async run(action: () => Promise<FigureFeed | null>): Promise<void> {
    this.busy = true;
    this.failure = null;
    try {
      this.feed = await action();
      this.errors = NO_ERRORS;
    } catch (error) {
      this.errors = errorsFromFailure(error);
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = validate(FigureSourceInputSchema, sourceInput(this.draft));
    if (!checked.ok) {
      this.errors = checked.errors;
      return Promise.resolve();
    }
    return this.run(() => api.put(this.path, checked.data, FigureFeedSchema));
  }

  private removeSource(): Promise<void> {
    return this.run(async () => {
      await api.delete(this.path);
      this.draft = sourceDraft(null, this.labels().length);
      return null;
    });
  }

  private setField(index: number, patch: Partial<FieldDraft>): void {
    const fields = this.draft.fields.map((f, i) => (i === index ? { ...f, ...patch } : f));
    this.draft = { ...this.draft, fields };
  }

  override render() {
    return html`<section class="card" aria-labelledby="figure-source-title">
      <h2 id="figure-source-title">${msg('Nguồn số liệu tự động', { id: 'figureSource.title' })}</h2>
      <p class="hint">
        ${msg(
          'Máy chủ quản lý đọc số liệu từ địa chỉ này theo chu kỳ (kể cả địa chỉ trong mạng nội bộ) và giữ số liệu tốt gần nhất khi nguồn lỗi. Để trống ô của một số liệu thì giữ giá trị nhập tay.',
          { id: 'figureSource.hint' },
        )}
      </p>
      ${renderTask(this.loader, () => this.renderForm())}
    </section>`;
  }

  private renderStatus() {
    const feed = this.feed;
    if (!feed) return nothing;
    const last = feed.fetchedAt
      ? formatDateTime(feed.fetchedAt)
      : msg('chưa đọc được lần nào', { id: 'figureSource.never' });
    return html`<p class=${feed.error ? 'field-error' : 'notice'} role="status" data-testid="figure-source-status">
      ${msg(str`Cập nhật lần cuối: ${last}`, { id: 'figureSource.lastUpdate' })}${
        feed.error ? msg(str`, lỗi: ${feed.error}`, { id: 'figureSource.error' }) : nothing
      }
    </p>`;
  }

  private renderForm() {
    const { draft, errors } = this;
    return html`${this.renderStatus()}
      <form @submit=${this.save} novalidate>
        ${textField({
          id: 'figure-source-url',
          label: msg('Địa chỉ nguồn (http hoặc https)', { id: 'figureSource.url' }),
          type: 'url',
          required: true,
          value: draft.url,
          error: errors.url,
          onInput: (url) => {
            this.draft = { ...draft, url };
          },
        })}
        ${selectField({
          id: 'figure-source-format',
          label: msg('Định dạng', { id: 'figureSource.format' }),
          value: draft.format,
          options: [
            { value: 'json', label: 'JSON' },
            { value: 'csv', label: 'CSV' },
          ],
          onChange: (format) => {
            this.draft = { ...draft, format: format === 'csv' ? 'csv' : 'json' };
          },
        })}
        ${numberField({
          id: 'figure-source-refresh',
          label: msg('Đọc lại sau mỗi (phút, ít nhất 5)', { id: 'figureSource.refresh' }),
          min: 5,
          max: 1440,
          value: draft.refreshMinutes,
          error: errors.refreshMinutes,
          onInput: (refreshMinutes) => {
            this.draft = { ...draft, refreshMinutes };
          },
        })}
        ${selectField({
          id: 'figure-source-decimal',
          label: msg('Số viết dạng chữ trong nguồn', { id: 'figureSource.decimal' }),
          value: draft.decimalSeparator,
          options: [
            {
              value: ',',
              label: msg('1.234,5 (dấu phẩy thập phân)', { id: 'figureSource.comma' }),
            },
            {
              value: '.',
              label: msg('1,234.5 (dấu chấm thập phân)', { id: 'figureSource.point' }),
            },
          ],
          onChange: (value) => {
            this.draft = { ...draft, decimalSeparator: value === '.' ? '.' : ',' };
          },
        })}
        ${this.labels().map((label, index) => this.renderMapping(label, index))}
        ${formAlert(this.failure)}
        <div class="form-actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>
            ${msg('Lưu nguồn và đọc ngay', { id: 'figureSource.save' })}
          </button>
          ${
            this.feed
              ? html`<button type="button" ?disabled=${this.busy}
                    @click=${() => this.run(() => api.post(`${this.path}/refresh`, {}, FigureFeedSchema))}>
                    ${msg('Đọc lại ngay', { id: 'figureSource.refreshNow' })}
                  </button>
                  <button type="button" class="danger" ?disabled=${this.busy} @click=${this.removeSource}>
                    ${msg('Bỏ nguồn, dùng số nhập tay', { id: 'figureSource.remove' })}
                  </button>`
              : nothing
          }
        </div>
      </form>`;
  }

  private renderMapping(label: string, index: number) {
    const field = this.draft.fields[index];
    if (!field) return nothing;
    const legend = msg(str`Số liệu ${index + 1}: ${label}`, { id: 'figureSource.figure' });
    if (this.draft.format === 'json') {
      return textField({
        id: `figure-source-path-${index}`,
        label: legend,
        hint: msg('Đường dẫn trong JSON, ví dụ data.onTime', { id: 'figureSource.pathHint' }),
        value: field.path,
        error: this.errors[`fields.${index}`],
        onInput: (path) => this.setField(index, { path }),
      });
    }
    return html`<fieldset>
      <legend>${legend}</legend>
      ${textField({
        id: `figure-source-column-${index}`,
        label: msg('Cột (tên ở dòng tiêu đề)', { id: 'figureSource.column' }),
        value: field.column,
        error: this.errors[`fields.${index}.column`],
        onInput: (column) => this.setField(index, { column }),
      })}
      ${textField({
        id: `figure-source-row-${index}`,
        label: msg('Dòng', { id: 'figureSource.row' }),
        hint: msg('Số thứ tự dưới dòng tiêu đề (1 là dòng đầu); để trống: dòng cuối.', {
          id: 'figureSource.rowHint',
        }),
        inputMode: 'numeric',
        value: field.row,
        error: this.errors[`fields.${index}.row`],
        onInput: (row) => this.setField(index, { row }),
      })}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'figure-source-panel': FigureSourcePanel;
  }
}
