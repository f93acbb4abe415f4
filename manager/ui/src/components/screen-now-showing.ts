import { ScreenSchema, type ScreenStatus } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { api } from '../api/api-client.js';
import { formatDateTime } from '../format/format.js';
import { loadPreviewContent } from '../preview/load-preview-content.js';
import { screenPreviewMessage } from '../preview/screen-preview-message.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { placeholderSlide } from './screen-layout-preview.js';
import './screen-render.js';

/**
 * What a screen last said it shows, drawn by the real player: the slide and page it reported,
 * in the screen's template; "last seen" and a dimmed picture when the screen is offline.
 * The parent keeps `status` current (the monitor's live feed).
 */
@customElement('screen-now-showing')
@localized()
export class ScreenNowShowing extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0 0 0.5rem;
      }
      .offline screen-render {
        opacity: 0.5;
        filter: grayscale(1);
      }
    `,
  ];

  @property({ attribute: false }) status: ScreenStatus | null = null;
  /** The tallest the picture may be, in CSS pixels. */
  @property({ type: Number }) maxHeight = 320;

  // Content is read again when the screen reports another content version.
  private readonly content = new Task(this, {
    task: async ([id], { signal }) => {
      const [screen, content] = await Promise.all([
        api.get(`/api/screens/${encodeURIComponent(id)}`, ScreenSchema, signal),
        loadPreviewContent(signal),
      ]);
      return { screen, content };
    },
    args: () => [this.status?.id ?? '', this.status?.reportedVersion ?? null] as const,
  });

  override render() {
    const status = this.status;
    if (!status?.lastSeenAt) {
      return html`<p class="muted">${msg('Màn hình chưa báo cáo.', { id: 'nowShowing.never' })}</p>`;
    }
    const offline = status.state === 'offline';
    const seen = formatDateTime(status.lastSeenAt);
    return html`<div class=${offline ? 'offline' : ''}>
      <p data-testid="now-showing-seen">
        ${
          offline
            ? html`<strong>${msg('Mất kết nối', { id: 'dashboard.down' })}</strong> ·
                ${msg(str`liên lạc lần cuối ${seen}`, { id: 'nowShowing.lastSeen' })}`
            : msg(str`Báo cáo lúc ${seen}`, { id: 'nowShowing.reportedAt' })
        }
      </p>
      ${this.renderWhat(status)}
    </div>`;
  }

  private renderWhat(status: ScreenStatus) {
    const showing = status.showing;
    const slide = showing?.slide;
    if (!showing || !slide) {
      const off = showing?.state === 'off';
      return html`<p class="muted" data-testid="now-showing-what">
        ${
          off
            ? msg('Màn hình đang tắt theo lịch.', { id: 'nowShowing.off' })
            : msg('Không có trang nào đang phát.', { id: 'nowShowing.nothing' })
        }
      </p>`;
    }
    const page = showing.page ?? 0;
    const current =
      status.reportedVersion !== null && status.reportedVersion === status.currentVersion;
    const pageNumber = page + 1;
    return html`<p data-testid="now-showing-what">
        <strong>${slide.name}</strong>${
          page > 0 ? msg(str`, trang ${pageNumber}`, { id: 'nowShowing.page' }) : nothing
        }
        ·
        ${
          current
            ? msg('nội dung mới nhất', { id: 'dashboard.upToDate' })
            : msg('chưa nhận nội dung mới nhất', { id: 'dashboard.behind' })
        }
      </p>
      ${renderTask(this.content, ({ screen, content }) => {
        const message = screenPreviewMessage(
          content,
          {
            orientation: screen.orientation,
            layout: screen.layout,
            zones: screen.zones,
            mainPlaylistId: showing.playlist?.id ?? null,
            slideId: slide.id,
            page,
          },
          placeholderSlide(),
        );
        return html`<screen-render
          data-testid="now-showing"
          data-slide-id=${slide.id}
          .message=${message}
          .maxHeight=${this.maxHeight}
          label=${msg(str`Màn hình ${status.name} đang phát`, { id: 'nowShowing.title' })}
        ></screen-render>`;
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-now-showing': ScreenNowShowing;
  }
}
