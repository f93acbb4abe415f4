import type { ImportPlaceholder } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ImportOptions } from '../api/procedure-import.js';
import { PlaceholdersAnsweredEvent } from '../events/placeholders-answered-event.js';
import { formatNumber } from '../format/format.js';
import { procedureFieldLabels } from '../i18n/labels.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * Cells that look like values nobody filled in ("PLACEHOLDER", "TODO", "…"): listed by line, and
 * not imported until the admin says whether to leave them empty or keep them as written.
 */
@customElement('procedure-import-placeholders')
@localized()
export class ProcedureImportPlaceholders extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) placeholders: ImportPlaceholder[] = [];
  @property({ type: Number }) total = 0;
  @property() choice: ImportOptions['placeholders'] = 'refuse';
  @property({ type: Boolean }) disabled = false;

  override render() {
    const labels = procedureFieldLabels();
    const choices = [
      ['blank', msg('Để trống các ô này khi nhập', { id: 'importPlaceholders.blank' })],
      ['keep', msg('Đã xem, vẫn nhập nguyên văn', { id: 'importPlaceholders.keep' })],
    ] as const;
    return html`<h3 id="placeholder-cells">
        ${msg('Ô có vẻ chưa điền', { id: 'importPlaceholders.title' })}
      </h3>
      <p class="hint">
        ${msg(
          str`${formatNumber(this.total)} ô trông như chỗ giữ chỗ (PLACEHOLDER, TODO, xxx, …). Chúng sẽ không lên màn hình nếu chưa được xem.`,
          { id: 'importPlaceholders.hint' },
        )}
      </p>
      <table aria-labelledby="placeholder-cells" data-testid="import-placeholders">
        <thead>
          <tr>
            <th scope="col">${msg('Dòng', { id: 'import.line' })}</th>
            <th scope="col">${msg('Trường', { id: 'importPlaceholders.field' })}</th>
            <th scope="col">${msg('Giá trị', { id: 'importPlaceholders.value' })}</th>
          </tr>
        </thead>
        <tbody>
          ${this.placeholders.map(
            (cell) =>
              html`<tr><td>${formatNumber(cell.line)}</td><td>${labels[cell.field]}</td><td>${cell.value}</td></tr>`,
          )}
        </tbody>
      </table>
      <fieldset>
        <legend>${msg('Nhập các ô này thế nào?', { id: 'importPlaceholders.question' })}</legend>
        ${choices.map(
          ([value, label]) => html`<label>
            <input
              type="radio"
              name="placeholders"
              value=${value}
              .checked=${this.choice === value}
              ?disabled=${this.disabled}
              @change=${() => this.dispatchEvent(new PlaceholdersAnsweredEvent(value))}
            />
            ${label}
          </label>`,
        )}
      </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procedure-import-placeholders': ProcedureImportPlaceholders;
  }
}
