import { PREVIEW_MESSAGE, type PreviewMessage, PreviewReadySchema } from '@bangtin/shared';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ScreenPreviewMessage } from '../preview/screen-preview-message.js';

const FRAME_SIZE = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
  strip: { width: 1920, height: 240 },
} as const;

/**
 * A whole screen drawn by the real player (`/?preview=1` in an iframe), at the screen's aspect
 * ratio and scaled to the space given: the template, its header and ticker, and every zone.
 * Posts `message` whenever it changes and whenever the player says it listens.
 */
@customElement('screen-render')
export class ScreenRender extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .stage {
      position: relative;
      overflow: hidden;
      background: #000;
      border-radius: 4px;
    }
    iframe {
      position: absolute;
      top: 0;
      left: 0;
      border: 0;
      transform-origin: 0 0;
    }
  `;

  @property({ attribute: false }) message: ScreenPreviewMessage | null = null;
  /** The frame's accessible name. */
  @property() label = '';
  /** The tallest the frame may be, in CSS pixels (a portrait screen stays short). */
  @property({ type: Number }) maxHeight = 480;

  @state() private availableWidth = 0;
  @query('iframe') private frame!: HTMLIFrameElement | null;

  private readonly resizeObserver = new ResizeObserver((entries) => {
    this.availableWidth = entries[0]?.contentRect.width ?? 0;
  });

  private readonly onMessage = (event: MessageEvent) => {
    if (event.source !== this.frame?.contentWindow) return;
    if (PreviewReadySchema.safeParse(event.data).success) this.post();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
    this.resizeObserver.disconnect();
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('message')) this.post();
  }

  private post(): void {
    const target = this.frame?.contentWindow;
    if (!target || !this.message) return;
    const message: PreviewMessage = { type: PREVIEW_MESSAGE, ...this.message };
    target.postMessage(message, window.location.origin);
  }

  override render() {
    const message = this.message;
    const size =
      FRAME_SIZE[message?.layout === 'strip' ? 'strip' : (message?.orientation ?? 'landscape')];
    const scale = Math.min(this.availableWidth / size.width, this.maxHeight / size.height) || 0.1;
    return html`<div class="stage" style="width:${size.width * scale}px;height:${size.height * scale}px">
      <iframe
        src="/?preview=1"
        title=${this.label}
        tabindex="-1"
        width=${size.width}
        height=${size.height}
        style="transform:scale(${scale})"
        @load=${() => this.post()}
      ></iframe>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-render': ScreenRender;
  }
}
