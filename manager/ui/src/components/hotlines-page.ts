import { type StoredHotline, StoredHotlineSchema } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './hotline-form.js';
import './owner-label.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { ownerOf } from './owner-select.js';

/** The hotline directory: list, add, edit, delete. */
@customElement('hotlines-page')
@localized()
export class HotlinesPage extends LitElement {
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
    `,
  ];

  @state() private editing: StoredHotline | null = null;
  @state() private rowErrors: Record<string, string> = {};

  private readonly hotlines = new Task(this, {
    task: (_args, { signal }) => listItems('hotlines', StoredHotlineSchema, signal),
    args: () => [],
  });

  /** Switches the form to another hotline (or to a new one), asking first if that loses edits. */
  private edit(hotline: StoredHotline | null): void {
    const form = this.renderRoot.querySelector('hotline-form');
    const question = msg('Bạn có thay đổi chưa lưu. Rời trang này và bỏ các thay đổi đó?', {
      id: 'shell.confirmLeave',
    });
    if (form?.hasUnsavedChanges && !window.confirm(question)) return;
    this.editing = hotline;
  }

  private async deleteItem(hotline: StoredHotline): Promise<void> {
    const question = msg('Xoá số điện thoại này?', { id: 'hotlines.confirmDelete' });
    if (!window.confirm(`${question}\n${hotline.label} — ${hotline.number}`)) return;
    try {
      await api.delete(`/api/hotlines/${encodeURIComponent(hotline.id)}`);
      if (this.editing?.id === hotline.id) this.editing = null;
      await this.hotlines.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [hotline.id]: describeFailure(error) };
    }
  }

  override render() {
    return html`<h1>${msg('Đường dây nóng', { id: 'nav.hotlines' })}</h1>
      <div class="layout">
        <section aria-label=${msg('Danh bạ', { id: 'hotlines.list' })}>
          ${renderTask(this.hotlines, (hotlines) => this.renderList(hotlines))}
        </section>
        <div>
          ${
            this.editing
              ? html`<button class="small" @click=${() => this.edit(null)}>+ ${msg('Thêm số điện thoại', { id: 'hotlines.new' })}</button>`
              : ''
          }
          <hotline-form
            .hotline=${this.editing}
            @hotline-saved=${() => {
              this.editing = null;
              void this.hotlines.run();
            }}
          ></hotline-form>
        </div>
      </div>`;
  }

  private renderList(hotlines: StoredHotline[]) {
    if (hotlines.length === 0) {
      return html`<p class="empty">${msg('Chưa có số điện thoại nào.', { id: 'hotlines.none' })}</p>`;
    }
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Tên đơn vị / nội dung', { id: 'hotline.label' })}</th>
          <th scope="col">${msg('Số điện thoại', { id: 'hotline.number' })}</th>
          <th scope="col">${msg('Giờ tiếp nhận', { id: 'hotline.hours' })}</th>
          <th scope="col">${msg('Thuộc nhóm', { id: 'owner.column' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'common.actions' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${hotlines.map(
          (hotline) => html`<tr>
            <td>
              ${hotline.label}
              ${hotline.sample ? html`<span class="muted">(${msg('số mẫu', { id: 'hotline.sampleTag' })})</span>` : ''}
            </td>
            <td>${hotline.number}</td>
            <td>${hotline.hours ?? ''}</td>
            <td><owner-label .owner=${ownerOf(hotline)}></owner-label></td>
            <td>
              <button class="small" @click=${() => this.edit(hotline)}>
                ${msg('Sửa', { id: 'common.edit' })}
                <span class="visually-hidden">${hotline.label}</span>
              </button>
              <button class="small danger" @click=${() => this.deleteItem(hotline)}>
                ${msg('Xoá', { id: 'common.delete' })}
                <span class="visually-hidden">${hotline.label}</span>
              </button>
              ${
                this.rowErrors[hotline.id]
                  ? html`<p class="field-error" role="alert">${this.rowErrors[hotline.id]}</p>`
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
    'hotlines-page': HotlinesPage;
  }
}
