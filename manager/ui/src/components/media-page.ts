import {
  SettingsSchema,
  type StoredMedia,
  StoredMediaSchema,
  StoredSlideSchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { formatBytes, formatDateTime, formatDuration, formatNumber } from '../format/format.js';
import { type MediaProbe, probeOfImage, probeOfVideo } from '../format/media-probe.js';
import { isUsed, type MediaUsage, mediaUsage } from '../format/media-usage.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { mediaTypeLabel } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './media-upload.js';
import './owner-label.js';
import { plural } from '../i18n/plural.js';
import { ownerOf } from './owner-select.js';

interface Library {
  items: StoredMedia[];
  usage: Map<string, MediaUsage>;
}

/** The media library: upload, browse with thumbnails, see where each file is used. */
@customElement('media-page')
@localized()
export class MediaPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
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
      .thumb img,
      .thumb video {
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
      .used ul {
        margin: 0;
        padding-left: 1.2rem;
        font-size: 0.9rem;
      }
    `,
  ];

  @state() private rowErrors: Record<string, string> = {};
  @state() private probes: Record<string, MediaProbe> = {};

  private readonly library = new Task(this, {
    task: async (_args, { signal }): Promise<Library> => {
      const [items, slides, settings] = await Promise.all([
        listItems('media', StoredMediaSchema, signal),
        listItems('slides', StoredSlideSchema, signal),
        // Without settings the logo is simply not counted; the server still refuses its deletion.
        api.get('/api/settings', SettingsSchema, signal).catch(() => null),
      ]);
      return { items, usage: mediaUsage(slides, settings) };
    },
    args: () => [],
  });

  private probed(sha256: string, probe: MediaProbe): void {
    this.probes = { ...this.probes, [sha256]: probe };
  }

  private async deleteItem(item: StoredMedia): Promise<void> {
    const question = msg('Xoá tệp này khỏi thư viện?', { id: 'media.confirmDelete' });
    if (!window.confirm(`${question}\n${item.name}`)) return;
    try {
      await api.delete(`/api/media/${item.sha256}`);
      this.rowErrors = { ...this.rowErrors, [item.sha256]: '' };
      await this.library.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [item.sha256]: describeFailure(error) };
    }
  }

  override render() {
    return html`<h1>${msg('Kho ảnh và video', { id: 'nav.media' })}</h1>
      <media-upload @media-uploaded=${() => this.library.run()}></media-upload>
      ${renderTask(this.library, (library) => this.renderItems(library))}`;
  }

  private renderItems({ items, usage }: Library) {
    if (items.length === 0) {
      return html`<p class="empty">${msg('Thư viện còn trống.', { id: 'media.none' })}</p>`;
    }
    return html`<ul class="grid" aria-label=${msg('Các tệp trong thư viện', { id: 'media.list' })}>
      ${items.map((item) => this.renderItem(item, usage.get(item.sha256)))}
    </ul>`;
  }

  private renderThumb(item: StoredMedia) {
    if (item.type.startsWith('image/')) {
      return html`<img
        src="/media/${item.sha256}"
        alt=${item.name}
        loading="lazy"
        @load=${(event: Event) =>
          this.probed(item.sha256, probeOfImage(event.target as HTMLImageElement))}
      />`;
    }
    return html`<video
      src="/media/${item.sha256}"
      preload="metadata"
      muted
      aria-label=${item.name}
      @loadedmetadata=${(event: Event) =>
        this.probed(item.sha256, probeOfVideo(event.target as HTMLVideoElement))}
    ></video>`;
  }

  private renderProbe(sha256: string) {
    const probe = this.probes[sha256];
    if (!probe) return '';
    const size = `${formatNumber(probe.width)} × ${formatNumber(probe.height)} px`;
    return probe.durationSeconds === undefined
      ? html` · ${size}`
      : html` · ${size} · ${formatDuration(probe.durationSeconds)}`;
  }

  private renderItem(item: StoredMedia, usage: MediaUsage | undefined) {
    const used = isUsed(usage);
    const usageId = `used-${item.sha256}`;
    return html`<li class="item card" data-sha256=${item.sha256}>
      <div class="thumb">${this.renderThumb(item)}</div>
      <p class="name">${item.name}</p>
      <p class="muted"><owner-label .owner=${ownerOf(item)}></owner-label></p>
      <p class="meta" data-testid="media-meta">
        ${mediaTypeLabel(item.type)} · ${item.type.split('/')[1]?.toUpperCase()} ·
        ${formatBytes(item.bytes)}${this.renderProbe(item.sha256)}
      </p>
      <p class="meta">${formatDateTime(item.createdAt)}</p>
      <div class="meta used" id=${usageId}>
        ${
          used && usage
            ? html`${usedIn(usage.slides.length + (usage.logo ? 1 : 0))}
              <ul>
                ${usage.logo ? html`<li><a href=${routeHref('settings')}>${msg('Logo cơ quan', { id: 'media.logo' })}</a></li>` : ''}
                ${usage.slides.map(
                  (slide) =>
                    html`<li><a href=${routeHref('slides', slide.id)}>${slide.title}</a></li>`,
                )}
              </ul>`
            : msg('Chưa dùng ở trang nào.', { id: 'media.unused' })
        }
      </div>
      <button
        class="small danger"
        ?disabled=${used}
        aria-describedby=${usageId}
        @click=${() => this.deleteItem(item)}
      >
        ${msg('Xoá', { id: 'common.delete' })}
        <span class="visually-hidden">${item.name}</span>
      </button>
      ${
        this.rowErrors[item.sha256]
          ? html`<p class="field-error" role="alert">${this.rowErrors[item.sha256]}</p>`
          : ''
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'media-page': MediaPage;
  }
}

function usedIn(count: number): string {
  const places = formatNumber(count);
  return plural(count, {
    one: () => msg(str`Đang dùng ở ${places} nơi:`, { id: 'media.usedIn.one' }),
    other: () => msg(str`Đang dùng ở ${places} nơi:`, { id: 'media.usedIn' }),
  });
}
