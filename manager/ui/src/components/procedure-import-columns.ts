import {
  type ColumnMapping,
  PROCEDURE_IMPORT_FIELDS,
  type ProcedureImportField,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ColumnsMappedEvent } from '../events/columns-mapped-event.js';
import { procedureFieldLabels } from '../i18n/labels.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * The file's columns, each with the field it fills, as a choice per column; the columns left
 * out are named below. Choosing a field already taken frees it from its former column.
 */
@customElement('procedure-import-columns')
@localized()
export class ProcedureImportColumns extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      select {
        max-width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) columns: Array<{
    header: string;
    field: ProcedureImportField | null;
  }> = [];
  @property({ type: Boolean }) disabled = false;

  private choose(index: number, value: string): void {
    const field = (PROCEDURE_IMPORT_FIELDS as readonly string[]).includes(value)
      ? (value as ProcedureImportField)
      : null;
    const mapping: ColumnMapping = this.columns.map((column, at) =>
      at === index ? field : column.field === field ? null : column.field,
    );
    this.dispatchEvent(new ColumnsMappedEvent(mapping));
  }

  override render() {
    const labels = procedureFieldLabels();
    const ignored = this.columns.filter((column) => column.field === null && column.header !== '');
    return html`<h3 id="import-columns">${msg('Cột trong tệp', { id: 'importColumns.title' })}</h3>
      <p class="hint">
        ${msg(
          'Chọn trường mà mỗi cột điền vào. Lần sau, tệp có cùng tên cột sẽ được ghép như lần nhập gần nhất.',
          {
            id: 'importColumns.hint',
          },
        )}
      </p>
      <table aria-labelledby="import-columns" data-testid="import-columns">
        <thead>
          <tr>
            <th scope="col">${msg('Cột', { id: 'importColumns.column' })}</th>
            <th scope="col">${msg('Điền vào', { id: 'importColumns.field' })}</th>
          </tr>
        </thead>
        <tbody>
          ${this.columns.map(
            (column, index) => html`<tr>
              <td id=${`column-${index}`}>${column.header || '—'}</td>
              <td>
                <select
                  aria-labelledby=${`column-${index}`}
                  ?disabled=${this.disabled}
                  @change=${(event: Event) =>
                    this.choose(index, (event.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${column.field === null}>
                    ${msg('— Bỏ qua —', { id: 'importColumns.ignore' })}
                  </option>
                  ${PROCEDURE_IMPORT_FIELDS.map(
                    (field) =>
                      html`<option value=${field} ?selected=${column.field === field}>${labels[field]}</option>`,
                  )}
                </select>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        ignored.length > 0
          ? html`<p data-testid="import-ignored">
            ${msg('Các cột bỏ qua (không nhập):', { id: 'importColumns.ignored' })}
            ${ignored.map((column, index) => html`${index > 0 ? ', ' : ''}<strong>${column.header}</strong>`)}
          </p>`
          : ''
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procedure-import-columns': ProcedureImportColumns;
  }
}
