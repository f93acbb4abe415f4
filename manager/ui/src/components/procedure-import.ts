import type { ColumnMapping, ImportedProcedure, ProcedureImportResult } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiFailure } from '../api/api-failure.js';
import { type ImportOptions, importProcedures, rowErrorsOf } from '../api/procedure-import.js';
import type { ColumnsMappedEvent } from '../events/columns-mapped-event.js';
import type { PlaceholdersAnsweredEvent } from '../events/placeholders-answered-event.js';
import { formatNumber } from '../format/format.js';
import { describeEncoding, describeImportFailure } from '../i18n/describe-import.js';
import { describeRowError } from '../i18n/describe-row-error.js';
import { procedureFieldLabels } from '../i18n/labels.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './procedure-import-columns.js';
import './procedure-import-placeholders.js';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking'; progress: number }
  | { kind: 'preview'; outcome: ProcedureImportResult }
  | { kind: 'applying'; outcome: ProcedureImportResult }
  | { kind: 'applied'; outcome: ProcedureImportResult };

/** The fields whose change an editor cares to see, in the order shown. */
const COMPARED = [
  'name',
  'field',
  'code',
  'agency',
  'level',
  'onlineLevel',
  'timeLimit',
  'fees',
  'portalUrl',
] as const;

/**
 * Imports procedures from CSV or XLSX: a dry run shows how the columns are read and what would
 * change before "Áp dụng"; bad rows are skipped, never removed; only a file the admin calls the
 * complete list removes what it lacks.
 */
@customElement('procedure-import')
@localized()
export class ProcedureImport extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .summary {
        display: flex;
        gap: 1rem;
        flex-wrap: wrap;
        margin: 1rem 0;
      }
      .summary .card {
        min-width: 9rem;
      }
      .count {
        font-size: 1.6rem;
        font-weight: 600;
        display: block;
      }
      del {
        color: var(--c-danger);
      }
      ins {
        color: var(--c-ok);
        text-decoration: none;
        font-weight: 600;
      }
    `,
  ];

  @state() private step: Step = { kind: 'choose' };
  @state() private file: File | null = null;
  @state() private failure: string | null = null;
  @state() private mapping: ColumnMapping | null = null;
  @state() private complete = false;
  @state() private placeholders: ImportOptions['placeholders'] = 'refuse';

  private choose(file: File): void {
    this.file = file;
    this.mapping = null;
    this.complete = false;
    this.placeholders = 'refuse';
    void this.check();
  }

  private async check(): Promise<void> {
    if (!this.file) return;
    this.failure = null;
    this.step = { kind: 'checking', progress: 0 };
    try {
      const outcome = await importProcedures(this.file, this.options(true), (progress) => {
        this.step = { kind: 'checking', progress };
      });
      this.step = { kind: 'preview', outcome };
    } catch (error) {
      this.failure = describeImportFailure(error);
      this.step = { kind: 'choose' };
    }
  }

  private options(dryRun: boolean): ImportOptions {
    return {
      dryRun,
      mapping: this.mapping,
      complete: this.complete,
      placeholders: this.placeholders,
    };
  }

  private async apply(outcome: ProcedureImportResult): Promise<void> {
    if (!this.file) return;
    this.failure = null;
    this.step = { kind: 'applying', outcome };
    // What was previewed is what is applied: the columns as the preview read them.
    this.mapping = outcome.columns.map((column) => column.field);
    try {
      const applied = await importProcedures(this.file, this.options(false), () => {});
      this.step = { kind: 'applied', outcome: applied };
    } catch (error) {
      const rows = error instanceof ApiFailure ? rowErrorsOf(error.details) : [];
      this.failure =
        rows.length > 0
          ? msg('Chưa nhập được: tệp không có dòng nào đọc được. Hãy sửa tệp rồi chọn lại.', {
              id: 'import.refused',
            })
          : describeImportFailure(error);
      this.step = { kind: 'preview', outcome };
    }
  }

  override render() {
    return html`<h1>${msg('Nhập thủ tục từ CSV / Excel', { id: 'import.title' })}</h1>
      <p><a href=${routeHref('procedures')}>← ${msg('Về danh sách thủ tục', { id: 'import.back' })}</a></p>
      <div class="card">
        <div class="field">
          <label for="import-file">${msg('Tệp CSV hoặc XLSX', { id: 'import.file' })}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-hint${this.failure ? ' import-error' : ''}"
            ?disabled=${this.step.kind === 'checking' || this.step.kind === 'applying'}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              // Cleared so that choosing the same file again, once fixed, checks it again.
              input.value = '';
              if (file) this.choose(file);
            }}
          />
          <p class="hint" id="import-hint">
            ${msg(
              'Mỗi dòng một thủ tục; cần có cột Lĩnh vực và Tên thủ tục. Nhận CSV (UTF-8, Unicode của Excel, Windows-1258) và XLSX. Hệ thống cho xem trước, chưa lưu gì cho tới khi bấm Áp dụng.',
              { id: 'import.hint' },
            )}
          </p>
          ${
            this.file
              ? html`<p class="muted" data-testid="import-file-name">
                ${msg('Tệp đã chọn', { id: 'import.chosen' })}: <strong>${this.file.name}</strong>
              </p>`
              : ''
          }
          ${
            this.failure
              ? html`<p class="field-error" id="import-error" role="alert">${this.failure}</p>`
              : ''
          }
        </div>
        ${this.renderStep()}
      </div>`;
  }

  private renderStep() {
    const step = this.step;
    switch (step.kind) {
      case 'choose':
        return '';
      case 'checking':
        return html`<progress
          max="100"
          value=${Math.round(step.progress * 100)}
          aria-label=${msg('Đang kiểm tra tệp', { id: 'import.checking' })}
        ></progress>`;
      case 'preview':
      case 'applying': {
        const { counts } = step.outcome;
        const busy = step.kind === 'applying';
        const nothingToDo = counts.added + counts.changed + counts.removed === 0;
        const unanswered = counts.placeholders > 0 && this.placeholders === 'refuse';
        return html`${this.renderReading(step.outcome, busy)}
          ${this.renderOutcome(step.outcome)}
          ${
            counts.placeholders > 0
              ? html`<procedure-import-placeholders
                  .placeholders=${step.outcome.placeholders}
                  .total=${counts.placeholders}
                  .choice=${this.placeholders}
                  ?disabled=${busy}
                  @placeholders-answered=${(event: PlaceholdersAnsweredEvent) =>
                    void this.rethink({ placeholders: event.choice })}
                ></procedure-import-placeholders>`
              : ''
          }
          <div class="form-actions">
            <button
              class="primary"
              aria-describedby="apply-hint"
              ?disabled=${busy || nothingToDo || unanswered}
              @click=${() => this.apply(step.outcome)}
            >
              ${msg('Áp dụng', { id: 'import.apply' })}
            </button>
            <p class="hint" id="apply-hint">
              ${
                nothingToDo
                  ? msg('Danh sách đã giống hệt tệp: không có gì để áp dụng.', {
                      id: 'import.nothing',
                    })
                  : unanswered
                    ? msg('Hãy xem các ô có vẻ chưa điền và chọn cách nhập chúng.', {
                        id: 'import.answerPlaceholders',
                      })
                    : counts.errors > 0
                      ? msg(
                          'Áp dụng sẽ nhập các dòng đọc được; các dòng lỗi được bỏ qua, không xoá gì.',
                          {
                            id: 'import.applySkipping',
                          },
                        )
                      : msg('Áp dụng sẽ thêm, sửa và xoá đúng như bản xem trước.', {
                          id: 'import.applyHint',
                        })
              }
            </p>
          </div>`;
      }
      case 'applied':
        return html`<p class="notice" role="status">
            ${msg(
              str`Đã nhập: thêm ${formatNumber(step.outcome.counts.added)}, sửa ${formatNumber(step.outcome.counts.changed)}, xoá ${formatNumber(step.outcome.counts.removed)}, giữ nguyên ${formatNumber(step.outcome.counts.unchanged)}.`,
              { id: 'import.applied' },
            )}
          </p>
          <a class="button" href=${routeHref('procedures')}>${msg('Về danh sách thủ tục', { id: 'import.back' })}</a>`;
    }
  }

  private renderOutcome(outcome: ProcedureImportResult) {
    const counts: Array<readonly [string, number]> = [
      [msg('Thêm mới', { id: 'import.added' }), outcome.counts.added],
      [msg('Thay đổi', { id: 'import.changed' }), outcome.counts.changed],
      ...(outcome.complete
        ? [[msg('Sẽ bị xoá', { id: 'import.removed' }), outcome.counts.removed] as const]
        : []),
      [msg('Giữ nguyên', { id: 'import.unchanged' }), outcome.counts.unchanged],
      [msg('Dòng lỗi', { id: 'import.errors' }), outcome.counts.errors],
    ];
    return html`<h2>${msg('Xem trước', { id: 'preview.label' })}</h2>
      <div class="summary">
        ${counts.map(
          ([label, count]) =>
            html`<p class="card"><span class="count">${formatNumber(count)}</span>${label}</p>`,
        )}
      </div>
      ${
        outcome.errors.length
          ? html`<h3 id="error-rows">${msg('Dòng lỗi: không nhập, không xoá gì', { id: 'import.errorsSkipped' })}</h3>
            <table aria-labelledby="error-rows" data-testid="import-errors">
              <thead>
                <tr>
                  <th scope="col">${msg('Dòng', { id: 'import.line' })}</th>
                  <th scope="col">${msg('Lỗi', { id: 'import.problem' })}</th>
                </tr>
              </thead>
              <tbody>
                ${outcome.errors.map(
                  (error) =>
                    html`<tr><td>${formatNumber(error.line)}</td><td>${describeRowError(error.message)}</td></tr>`,
                )}
              </tbody>
            </table>
            ${this.renderMore(outcome.errors.length, outcome.counts.errors)}`
          : ''
      }
      ${this.renderList(msg('Thêm mới', { id: 'import.added' }), outcome.added, outcome.counts.added)}
      ${
        outcome.changed.length
          ? html`<h3>${msg('Thay đổi', { id: 'import.changed' })}</h3>
            <ul>
              ${outcome.changed.map(
                ({ before, after }) => html`<li>
                  <strong>${after.name}</strong>
                  <ul>
                    ${COMPARED.filter((key) => before[key] !== after[key]).map(
                      (key) =>
                        html`<li>${procedureFieldLabels()[key]}: <del>${before[key] ?? '—'}</del> → <ins>${after[key] ?? '—'}</ins></li>`,
                    )}
                  </ul>
                </li>`,
              )}
            </ul>
            ${this.renderMore(outcome.changed.length, outcome.counts.changed)}`
          : ''
      }
      ${this.renderList(msg('Sẽ bị xoá', { id: 'import.removed' }), outcome.removed, outcome.counts.removed)}`;
  }

  /** How the file was read: its encoding, its columns, and whether it is the whole list. */
  private renderReading(outcome: ProcedureImportResult, busy: boolean) {
    return html`<p data-testid="import-encoding">
        <strong>${msg('Đã đọc tệp:', { id: 'import.readAs' })}</strong> ${describeEncoding(outcome.encoding)}
      </p>
      <procedure-import-columns
        .columns=${outcome.columns}
        ?disabled=${busy}
        @columns-mapped=${(event: ColumnsMappedEvent) => void this.rethink({ mapping: event.mapping })}
      ></procedure-import-columns>
      <div class="field">
        <label>
          <input
            type="checkbox"
            .checked=${outcome.complete}
            ?disabled=${busy}
            aria-describedby="complete-hint"
            @change=${(event: Event) =>
              void this.rethink({ complete: (event.target as HTMLInputElement).checked })}
          />
          ${msg('Tệp này là danh sách đầy đủ', { id: 'import.complete' })}
        </label>
        <p class="hint" id="complete-hint">
          ${msg('Chỉ khi đánh dấu ô này, các thủ tục đang có mà tệp không nhắc tới mới bị xoá.', {
            id: 'import.completeHint',
          })}
        </p>
      </div>`;
  }

  /** Reads the file again with a changed choice. */
  private async rethink(change: {
    mapping?: ColumnMapping;
    complete?: boolean;
    placeholders?: ImportOptions['placeholders'];
  }): Promise<void> {
    if (change.mapping) this.mapping = change.mapping;
    if (change.complete !== undefined) this.complete = change.complete;
    if (change.placeholders) this.placeholders = change.placeholders;
    await this.check();
  }

  private renderList(title: string, procedures: readonly ImportedProcedure[], total: number) {
    if (procedures.length === 0) return '';
    return html`<h3>${title}</h3>
      <ul>
        ${procedures.map((procedure) => html`<li>${procedure.field} — ${procedure.name}</li>`)}
      </ul>
      ${this.renderMore(procedures.length, total)}`;
  }

  /** The preview lists the first page of a long list; the counts above are the whole file's. */
  private renderMore(shown: number, total: number) {
    if (shown >= total) return '';
    return html`<p class="hint">
      ${msg(str`Đang hiện ${formatNumber(shown)} đầu tiên trong ${formatNumber(total)}.`, {
        id: 'import.firstOf',
      })}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procedure-import': ProcedureImport;
  }
}
