import {
  type Slide,
  SlideInputSchema,
  type SlideKind,
  type StoredSlide,
  StoredSlideSchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { may, mayDelete } from '../api/signed-in-user.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { slideKindLabel } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { statusBadge } from '../render/status-badge.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './owner-label.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { ownerOf } from './owner-select.js';

const KINDS = SlideInputSchema.options.map((option) => option.shape.kind.value);

/** All slides, with a way to create one of each kind and to delete. */
@customElement('slides-page')
@localized()
export class SlidesPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = sharedStyles;

  /** A failed delete, shown on the row of the slide it concerns. */
  @state() private rowErrors: Record<string, string> = {};

  private readonly slides = new Task(this, {
    task: (_args, { signal }) => listItems('slides', StoredSlideSchema, signal),
    args: () => [],
  });

  private async deleteItem(slide: Slide): Promise<void> {
    const question = msg('Xoá trang trình chiếu này?', { id: 'slides.confirmDelete' });
    if (!window.confirm(`${question}\n${slide.title}`)) return;
    try {
      await api.delete(`/api/slides/${encodeURIComponent(slide.id)}`);
      this.rowErrors = { ...this.rowErrors, [slide.id]: '' };
      await this.slides.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [slide.id]: describeFailure(error) };
    }
  }

  override render() {
    return html`<div class="page-head">
        <h1>${msg('Trang trình chiếu', { id: 'nav.slides' })}</h1>
      </div>
      ${may('editor') ? this.renderCreate() : ''}
      ${renderTask(this.slides, (slides) => this.renderList(slides))}`;
  }

  private renderCreate() {
    return html`<div class="toolbar" role="group" aria-label=${msg('Tạo trang mới', { id: 'slides.create' })}>
        <strong>${msg('Tạo trang mới', { id: 'slides.create' })}:</strong>
        ${KINDS.map(
          (kind: SlideKind) =>
            html`<a class="button" href=${routeHref('slides', 'new', kind)}>
              + ${slideKindLabel(kind)}
            </a>`,
        )}
        <a class="button" href=${routeHref('slides', 'pdf')}>
          + ${msg('Nhập từ PDF', { id: 'slides.fromPdf' })}
        </a>
      </div>`;
  }

  private renderList(slides: StoredSlide[]) {
    if (slides.length === 0) {
      return html`<p class="empty">${msg('Chưa có trang trình chiếu nào.', { id: 'slides.none' })}</p>`;
    }
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Tiêu đề', { id: 'slide.title' })}</th>
          <th scope="col">${msg('Trạng thái', { id: 'dashboard.status' })}</th>
          <th scope="col">${msg('Loại', { id: 'slide.kind' })}</th>
          <th scope="col">${msg('Nhãn', { id: 'slide.tags' })}</th>
          <th scope="col">${msg('Thuộc nhóm', { id: 'owner.column' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'common.actions' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${slides.map(
          (slide) => html`<tr data-slide-id=${slide.id}>
            <td><a href=${routeHref('slides', slide.id)}>${slide.title}</a></td>
            <td>${statusBadge(slide.status)}</td>
            <td>${slideKindLabel(slide.kind)}</td>
            <td>${slide.tags.join(', ')}</td>
            <td><owner-label .owner=${ownerOf(slide)}></owner-label></td>
            <td>
              ${
                mayDelete(slide)
                  ? html`<button class="small danger" @click=${() => this.deleteItem(slide)}>
                ${msg('Xoá', { id: 'common.delete' })}
                <span class="visually-hidden">${slide.title}</span>
              </button>`
                  : ''
              }
              ${
                this.rowErrors[slide.id]
                  ? html`<p class="field-error" role="alert">${this.rowErrors[slide.id]}</p>`
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
    'slides-page': SlidesPage;
  }
}
