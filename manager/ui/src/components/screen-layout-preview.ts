import { type Layout, type Slide, SlideSchema, type ZonesInput } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { z } from 'zod';
import { api } from '../api/api-client.js';
import { loadPreviewContent } from '../preview/load-preview-content.js';
import { type ScreenView, screenPreviewMessage } from '../preview/screen-preview-message.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './screen-render.js';

const ScheduledSchema = z.object({ playlistId: z.string().nullable() });

/** A stand-in for the main zone when it has no playlist to show. */
export function placeholderSlide(): Slide {
  return SlideSchema.parse({
    id: 'preview',
    kind: 'message',
    title: '-',
    heading: msg('Vùng chính: nội dung theo lịch phát', { id: 'layoutPreview.mainZone' }),
  });
}

/**
 * The chosen template drawn by the real player at the screen's aspect ratio, each zone showing
 * its playlist (the queue zone sample calls), as the form stands before it is saved.
 */
@customElement('screen-layout-preview')
@localized()
export class ScreenLayoutPreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-bottom: 1rem;
      }
      .caption {
        margin: 0 0 0.25rem;
        font-weight: 600;
      }
    `,
  ];

  @property() orientation: ScreenView['orientation'] = 'landscape';
  @property() layout: Layout = 'full';
  @property({ attribute: false }) zones: ZonesInput = {};
  /** The main zone's playlist; when null, what the screen's schedule plays now (`screenId`). */
  @property({ attribute: false }) mainPlaylistId: string | null = null;
  @property({ attribute: false }) screenId: string | null = null;

  private readonly content = new Task(this, {
    task: async ([screenId], { signal }) => {
      const [content, scheduled] = await Promise.all([
        loadPreviewContent(signal),
        screenId
          ? api.get(`/api/screens/${encodeURIComponent(screenId)}/preview`, ScheduledSchema, signal)
          : null,
      ]);
      return { content, scheduledPlaylistId: scheduled?.playlistId ?? null };
    },
    args: () => [this.screenId] as const,
  });

  override render() {
    return renderTask(this.content, ({ content, scheduledPlaylistId }) => {
      const message = screenPreviewMessage(
        content,
        {
          orientation: this.orientation,
          layout: this.layout,
          zones: this.zones,
          mainPlaylistId: this.mainPlaylistId ?? scheduledPlaylistId,
        },
        placeholderSlide(),
      );
      return html`<p class="caption">${msg('Xem trước bố cục', { id: 'layoutPreview.caption' })}</p>
        <screen-render
        data-testid="layout-preview"
        .message=${message}
        label=${msg('Xem trước bố cục trên màn hình', { id: 'layoutPreview.title' })}
      ></screen-render>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-layout-preview': ScreenLayoutPreview;
  }
}
