import { type Holiday, HolidayImportResultSchema, HolidaySchema } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems, saveItem } from '../api/api-client.js';
import { ApiFailure } from '../api/api-failure.js';
import { may } from '../api/signed-in-user.js';
import { textField } from '../forms/fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { intlLocale } from '../i18n/locale.js';
import { renderTask } from '../render/render-task.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { sharedStyles } from '../styles/shared-styles.js';

interface LineError {
  line: number;
  message: string;
}

/** The organisation's holiday calendar: list, add, edit, delete, import .ics or CSV. */
@customElement('holidays-page')
@localized()
export class HolidaysPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: 1fr minmax(18rem, 26rem);
        gap: 1.5rem;
        align-items: start;
      }
      @media (max-width: 1100px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      form,
      .import {
        margin-bottom: 1.5rem;
      }
    `,
  ];

  /** The holiday being edited; null while adding a new one. */
  @state() private editing: Holiday | null = null;
  @state() private date = '';
  @state() private name = '';
  @state() private problems: Record<string, string> = {};
  @state() private formError = '';
  @state() private importStatus = '';
  @state() private importErrors: LineError[] = [];

  private readonly holidays = new Task(this, {
    task: (_args, { signal }) => listItems('holidays', HolidaySchema, signal),
    args: () => [],
  });

  private edit(holiday: Holiday | null): void {
    this.editing = holiday;
    this.date = holiday?.date ?? '';
    this.name = holiday?.name ?? '';
    this.problems = {};
    this.formError = '';
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    try {
      await saveItem(
        'holidays',
        this.editing?.id,
        { date: this.date, name: this.name },
        HolidaySchema,
      );
      this.edit(null);
      await this.holidays.run();
    } catch (error) {
      this.problems = Object.fromEntries(
        error instanceof ApiFailure ? error.fieldProblems.map((p) => [p.path, p.message]) : [],
      );
      this.formError =
        error instanceof ApiFailure && error.status === 409
          ? msg('Ngày này đã có trong lịch nghỉ.', { id: 'holidays.taken' })
          : describeFailure(error);
    }
  }

  private async deleteItem(holiday: Holiday): Promise<void> {
    const question = msg('Xoá ngày nghỉ này?', { id: 'holidays.confirmDelete' });
    if (!window.confirm(`${question}\n${formatDate(holiday.date)} — ${holiday.name}`)) return;
    try {
      await api.delete(`/api/holidays/${encodeURIComponent(holiday.id)}`);
      if (this.editing?.id === holiday.id) this.edit(null);
      await this.holidays.run();
    } catch (error) {
      this.formError = describeFailure(error);
    }
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.importStatus = '';
    this.importErrors = [];
    const format = /\.ics$/i.test(file.name) || file.type === 'text/calendar' ? 'ics' : 'csv';
    try {
      const body = { format, content: await file.text() };
      const result = await api.post('/api/holidays/import', body, HolidayImportResultSchema);
      const { added, renamed, unchanged } = result;
      this.importStatus = msg(
        str`Đã thêm ${added} ngày, đổi tên ${renamed} ngày; ${unchanged} ngày đã có sẵn.`,
        { id: 'holidays.imported' },
      );
      await this.holidays.run();
    } catch (error) {
      this.importStatus = describeFailure(error);
      if (error instanceof ApiFailure && Array.isArray(error.details)) {
        this.importErrors = error.details.filter(
          (detail): detail is LineError => typeof detail?.line === 'number',
        );
      }
    } finally {
      input.value = '';
    }
  }

  override render() {
    return html`<h1>${msg('Ngày nghỉ lễ', { id: 'nav.holidays' })}</h1>
      <p class="hint">
        ${msg(
          'Mục lịch phát "không phát ngày nghỉ lễ" tạm dừng vào những ngày này; mục "chỉ phát ngày nghỉ lễ" (ví dụ thông báo nghỉ lễ) chỉ phát vào những ngày này. Ngày tính theo múi giờ của từng màn hình.',
          { id: 'holidays.intro' },
        )}
      </p>
      <div class="layout">
        <section aria-label=${msg('Lịch nghỉ', { id: 'holidays.list' })}>
          ${renderTask(this.holidays, (holidays) => this.renderList(holidays))}
        </section>
        ${
          may('approver')
            ? html`<div>${this.renderForm()} ${this.renderImport()}</div>`
            : html`<p class="hint">
                ${msg('Người duyệt và quản trị viên sửa được lịch nghỉ.', { id: 'holidays.whoEdits' })}
              </p>`
        }
      </div>`;
  }

  private renderForm() {
    return html`<form @submit=${this.save} novalidate>
      <h2>
        ${
          this.editing
            ? msg('Sửa ngày nghỉ', { id: 'holidays.edit' })
            : msg('Thêm ngày nghỉ', { id: 'holidays.new' })
        }
      </h2>
      ${textField({
        id: 'holiday-date',
        label: msg('Ngày', { id: 'holidays.date' }),
        type: 'date',
        required: true,
        value: this.date,
        error: this.problems.date,
        onInput: (value) => {
          this.date = value;
        },
      })}
      ${textField({
        id: 'holiday-name',
        label: msg('Tên ngày lễ', { id: 'holidays.name' }),
        required: true,
        maxLength: 200,
        value: this.name,
        error: this.problems.name,
        onInput: (value) => {
          this.name = value;
        },
      })}
      ${this.formError ? html`<p class="field-error" role="alert">${this.formError}</p>` : ''}
      <button type="submit" class="primary">${msg('Lưu', { id: 'common.save' })}</button>
      ${
        this.editing
          ? html`<button type="button" @click=${() => this.edit(null)}>
              ${msg('Huỷ', { id: 'common.cancel' })}
            </button>`
          : ''
      }
    </form>`;
  }

  private renderImport() {
    return html`<section class="import">
      <h2>${msg('Nhập từ tệp', { id: 'holidays.import' })}</h2>
      <label for="holiday-file">
        ${msg('Tệp lịch (.ics) hoặc CSV (mỗi dòng: ngày, tên)', { id: 'holidays.importFile' })}
      </label>
      <input
        id="holiday-file"
        type="file"
        accept=".ics,.csv,text/calendar,text/csv"
        @change=${this.importFile}
      />
      ${this.importStatus ? html`<p role="status">${this.importStatus}</p>` : ''}
      ${
        this.importErrors.length > 0
          ? html`<ul class="field-error">
              ${this.importErrors.map(
                (error) =>
                  html`<li>${msg(str`Dòng ${error.line}: ${error.message}`, { id: 'holidays.lineError' })}</li>`,
              )}
            </ul>`
          : ''
      }
    </section>`;
  }

  private renderList(holidays: Holiday[]) {
    if (holidays.length === 0) {
      return html`<p class="empty">${msg('Chưa có ngày nghỉ nào.', { id: 'holidays.none' })}</p>`;
    }
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Ngày', { id: 'holidays.date' })}</th>
          <th scope="col">${msg('Tên ngày lễ', { id: 'holidays.name' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'common.actions' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${holidays.map(
          (holiday) => html`<tr>
            <td>${formatDate(holiday.date)}</td>
            <td>${holiday.name}</td>
            <td>${may('approver') ? this.renderActions(holiday) : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderActions(holiday: Holiday) {
    return html`<button class="small" @click=${() => this.edit(holiday)}>
        ${msg('Sửa', { id: 'common.edit' })}
        <span class="visually-hidden">${holiday.date}</span>
      </button>
      <button class="small danger" @click=${() => this.deleteItem(holiday)}>
        ${msg('Xoá', { id: 'common.delete' })}
        <span class="visually-hidden">${holiday.date}</span>
      </button>`;
  }
}

/** A local date with its weekday, as the calendar on the wall writes it. */
function formatDate(date: string): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: 'UTC',
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

declare global {
  interface HTMLElementTagNameMap {
    'holidays-page': HolidaysPage;
  }
}
