import type { Media } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { formatBytes, formatDateTime } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { mediaTypeLabel } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './media-upload.js';

/** The media library: upload, browse with thumbnails, delete what no slide uses. */
@customElement('media-page')
@localized()
export class MediaPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 1rem;
        list-style: none;
        padding: 0;
        margin: 1.5rem 0 0;
      }
      .item {
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
        padding: 0.6rem;
      }
      .thumb {
        aspect-ratio: 16 / 9;
        background: #e9edf2;
        display: grid;
        place-items: center;
        border-radius: 4px;
        overflow: hidden;
      }
      .thumb img {
        width: 100%;
        height: 100%;
        object-fit: contain;
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
        margin: 0;
      }
      .item button {
        align-self: flex-start;
      }
      .meta {
        margin: 0;
        color: var(--c-muted);
        font-size: 0.9rem;
      }
    `,
  ];

  @state() private rowErrors: Record<string, string> = {};

  private readonly media = new Task(this, {
    task: (_args, { signal }) => listItems<Media>('media', signal),
    args: () => [],
  });

  private async deleteItem(item: Media): Promise<void> {
    const question = msg('Xoá tệp này khỏi thư viện?', { id: 'media.confirmDelete' });
    if (!window.confirm(`${question}\n${item.name}`)) return;
    try {
      await api.delete(`/api/media/${item.sha256}`);
      this.rowErrors = { ...this.rowErrors, [item.sha256]: '' };
      await this.media.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [item.sha256]: describeFailure(error) };
    }
  }

  override render() {
    return html`<h1>${msg('Thư viện media', { id: 'nav.media' })}</h1>
      <media-upload @media-uploaded=${() => this.media.run()}></media-upload>
      ${renderTask(this.media, (items) => this.renderItems(items))}`;
  }

  private renderItems(items: Media[]) {
    if (items.length === 0) {
      return html`<p class="empty">${msg('Thư viện còn trống.', { id: 'media.none' })}</p>`;
    }
    return html`<ul class="grid" aria-label=${msg('Các tệp trong thư viện', { id: 'media.list' })}>
      ${items.map(
        (item) => html`<li class="item card" data-sha256=${item.sha256}>
          <div class="thumb">
            ${
              item.type.startsWith('image/')
                ? html`<img src="/media/${item.sha256}" alt=${item.name} loading="lazy" />`
                : html`<span aria-hidden="true">▶</span>`
            }
          </div>
          <p class="name">${item.name}</p>
          <p class="meta">
            ${mediaTypeLabel(item.type)} · ${item.type.split('/')[1]?.toUpperCase()} ·
            ${formatBytes(item.bytes)}
          </p>
          <p class="meta">${formatDateTime(item.createdAt)}</p>
          <button class="small danger" @click=${() => this.deleteItem(item)}>
            ${msg('Xoá', { id: 'common.delete' })}
            <span class="visually-hidden">${item.name}</span>
          </button>
          ${
            this.rowErrors[item.sha256]
              ? html`<p class="field-error" role="alert">${this.rowErrors[item.sha256]}</p>`
              : ''
          }
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'media-page': MediaPage;
  }
}
