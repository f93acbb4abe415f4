import { type StoredProcedure, StoredProcedureSchema } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { formatNumber } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './owner-label.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { ownerOf } from './owner-select.js';

function groupByField(procedures: StoredProcedure[]): [string, StoredProcedure[]][] {
  const groups = new Map<string, StoredProcedure[]>();
  for (const procedure of procedures) {
    groups.set(procedure.field, [...(groups.get(procedure.field) ?? []), procedure]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi'));
}

/** Administrative procedures grouped by lĩnh vực, with import from CSV or XLSX. */
@customElement('procedures-page')
@localized()
export class ProceduresPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      details {
        margin-bottom: 0.75rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        padding: 0.6rem 0.9rem;
        background: var(--c-surface);
        border: 1px solid var(--c-line);
        border-radius: 6px;
      }
      td.code {
        white-space: nowrap;
      }
    `,
  ];

  @state() private rowErrors: Record<string, string> = {};

  private readonly procedures = new Task(this, {
    task: (_args, { signal }) => listItems('procedures', StoredProcedureSchema, signal),
    args: () => [],
  });

  private async deleteItem(procedure: StoredProcedure): Promise<void> {
    const question = msg('Xoá thủ tục này?', { id: 'procedures.confirmDelete' });
    if (!window.confirm(`${question}\n${procedure.name}`)) return;
    try {
      await api.delete(`/api/procedures/${encodeURIComponent(procedure.id)}`);
      await this.procedures.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [procedure.id]: describeFailure(error) };
    }
  }

  override render() {
    return html`<div class="page-head">
        <h1>${msg('Thủ tục hành chính', { id: 'nav.procedures' })}</h1>
        <div class="toolbar">
          <a class="button" href=${routeHref('procedures', 'import')}>
            ${msg('Nhập từ CSV / Excel', { id: 'procedures.import' })}
          </a>
          <a class="button primary" href=${routeHref('procedures', 'new')}>
            + ${msg('Thêm thủ tục', { id: 'procedures.new' })}
          </a>
        </div>
      </div>
      ${renderTask(this.procedures, (procedures) =>
        procedures.length === 0
          ? html`<p class="empty">${msg('Chưa có thủ tục nào.', { id: 'procedures.none' })}</p>`
          : groupByField(procedures).map(
              ([field, items]) => html`<details open>
                <summary>${field} (${formatNumber(items.length)})</summary>
                ${this.renderTable(items)}
              </details>`,
            ),
      )}`;
  }

  private renderTable(procedures: StoredProcedure[]) {
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Mã', { id: 'procedure.code' })}</th>
          <th scope="col">${msg('Tên thủ tục', { id: 'procedure.name' })}</th>
          <th scope="col">${msg('Thời hạn giải quyết', { id: 'procedure.timeLimit' })}</th>
          <th scope="col">${msg('Thuộc nhóm', { id: 'owner.column' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'common.actions' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${procedures.map(
          (procedure) => html`<tr>
            <td class="code">${procedure.code ?? ''}</td>
            <td><a href=${routeHref('procedures', procedure.id)}>${procedure.name}</a></td>
            <td>${procedure.timeLimit ?? ''}</td>
            <td><owner-label .owner=${ownerOf(procedure)}></owner-label></td>
            <td>
              <button class="small danger" @click=${() => this.deleteItem(procedure)}>
                ${msg('Xoá', { id: 'common.delete' })}
                <span class="visually-hidden">${procedure.name}</span>
              </button>
              ${
                this.rowErrors[procedure.id]
                  ? html`<p class="field-error" role="alert">${this.rowErrors[procedure.id]}</p>`
                  : ''
              }
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procedures-page': ProceduresPage;
  }
}
