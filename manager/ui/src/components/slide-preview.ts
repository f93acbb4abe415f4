import {
  LAYOUTS,
  ORIENTATIONS,
  PREVIEW_MESSAGE,
  type PreviewFit,
  PreviewFitSchema,
  type PreviewMessage,
  PreviewReadySchema,
  type ZoneContent,
} from '@bangtin/shared';
import { qrPath } from '@bangtin/shared/qr';
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { z } from 'zod';
import { selectField } from '../forms/fields.js';
import { layoutLabel, orientationLabel } from '../i18n/labels.js';
import { plural } from '../i18n/plural.js';
import { SAMPLE_CALLS } from '../preview/sample-calls.js';
import { sharedStyles } from '../styles/shared-styles.js';

type Orientation = (typeof ORIENTATIONS)[number];
type Layout = (typeof LAYOUTS)[number];

/** A QR slide's draft as far as encoding needs it: any URL typed so far. */
const QrDraftSchema = z.object({ kind: z.literal('qr'), url: z.string() });

const FRAME_SIZE: Record<Orientation | 'strip', { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
  strip: { width: 1920, height: 240 },
};

const QUEUE_ZONE: ZoneContent = { kind: 'queue', counters: [] };
// A strip slide that scrolls longer than this holds the board too long for one notice.
const STRIP_TOO_LONG_MS = 90_000;

/**
 * The real player in an iframe, scaled down to fit, showing the slide being edited
 * ("what you see is what plays"). Every change is posted to it; the player's fit engine answers
 * how it laid the slide out (pages, time, type at its floor), and that is said under the frame.
 */
@customElement('slide-preview')
@localized()
export class SlidePreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .controls {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 0.75rem;
      }
      .stage {
        position: relative;
        overflow: hidden;
        background: #000;
        border-radius: 4px;
        margin: 0 auto;
      }
      .fit {
        margin: 0.5rem 0 0;
      }
      iframe {
        position: absolute;
        top: 0;
        left: 0;
        border: 0;
        transform-origin: 0 0;
      }
    `,
  ];

  /**
   * Everything but the orientation and layout, which this element lets the editor choose, and the
   * QR code, which it encodes.
   */
  @property({ attribute: false }) content: Omit<
    PreviewMessage,
    'type' | 'orientation' | 'layout' | 'qrCodes'
  > | null = null;

  @state() private orientation: Orientation = 'landscape';
  @state() private layout: Layout = 'full';
  @state() private availableWidth = 0;
  /** How the player fitted the slide last shown, for the orientation and layout chosen. */
  @state() private fit: PreviewFit | null = null;

  @query('iframe') private frame!: HTMLIFrameElement;

  /** The last URL encoded: every edit posts again, and a long URL takes a while to encode. */
  private lastQr: { url: string; codes: PreviewMessage['qrCodes'] } | null = null;

  private readonly resizeObserver = new ResizeObserver((entries) => {
    this.availableWidth = entries[0]?.contentRect.width ?? 0;
  });

  /** The player says when it listens; a message posted before that would be lost. */
  private readonly onMessage = (event: MessageEvent) => {
    if (event.source !== this.frame?.contentWindow) return;
    const fit = PreviewFitSchema.safeParse(event.data);
    if (fit.success) this.fit = fit.data;
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
    if (changed.has('content') || changed.has('orientation') || changed.has('layout')) this.post();
  }

  private post(): void {
    const target = this.frame?.contentWindow;
    if (!target || !this.content) return;
    const message: PreviewMessage = {
      type: PREVIEW_MESSAGE,
      ...this.content,
      orientation: this.orientation,
      layout: this.layout,
      // The template's other zones show the queue, with example calls.
      zones: { side: QUEUE_ZONE, band: QUEUE_ZONE },
      queueCalls: SAMPLE_CALLS,
      qrCodes: this.qrCodesOf(this.content.slide),
    };
    target.postMessage(message, window.location.origin);
  }

  private qrCodesOf(slide: unknown): PreviewMessage['qrCodes'] {
    const qr = QrDraftSchema.safeParse(slide);
    if (!qr.success) return {};
    const { url } = qr.data;
    if (this.lastQr?.url !== url) this.lastQr = { url, codes: encodeQr(url) };
    return this.lastQr.codes;
  }

  private frameSize() {
    return FRAME_SIZE[this.layout === 'strip' ? 'strip' : this.orientation];
  }

  private scale(): number {
    const size = this.frameSize();
    // A portrait frame at full width would be taller than the window.
    const maxHeight = Math.max(240, window.innerHeight * 0.7);
    return Math.min(this.availableWidth / size.width, maxHeight / size.height) || 0.2;
  }

  override render() {
    const size = this.frameSize();
    const scale = this.scale();
    return html`<div class="controls">
        ${selectField({
          id: 'preview-orientation',
          label: msg('Hướng màn hình', { id: 'screen.orientation' }),
          value: this.orientation,
          options: ORIENTATIONS.map((value) => ({ value, label: orientationLabel(value) })),
          onChange: (value) => {
            this.orientation = value === 'portrait' ? 'portrait' : 'landscape';
          },
        })}
        ${selectField({
          id: 'preview-layout',
          label: msg('Bố cục', { id: 'screen.layout' }),
          value: this.layout,
          options: LAYOUTS.map((value) => ({ value, label: layoutLabel(value) })),
          onChange: (value) => {
            this.layout = LAYOUTS.find((layout) => layout === value) ?? 'full';
          },
        })}
      </div>
      <div class="stage" style="width:${size.width * scale}px;height:${size.height * scale}px">
        <iframe
          src="/?preview=1"
          title=${msg('Xem trước trên màn hình', { id: 'preview.title' })}
          width=${size.width}
          height=${size.height}
          style="transform:scale(${scale})"
          @load=${() => this.post()}
        ></iframe>
      </div>
      ${this.renderFit()}`;
  }

  private renderFit() {
    const fit = this.fit;
    if (!fit || fit.layout !== this.layout || fit.orientation !== this.orientation) return nothing;
    const seconds = Math.round(fit.durationMs / 1000);
    const notes = [
      plural(fit.pageMs.length, {
        one: () =>
          msg(str`${fit.pageMs.length} trang, ${seconds} giây`, { id: 'preview.fitPages.one' }),
        other: () =>
          msg(str`${fit.pageMs.length} trang, ${seconds} giây`, { id: 'preview.fitPages' }),
      }),
    ];
    if (fit.atFloor) {
      notes.push(msg('chữ đã thu nhỏ tới mức tối thiểu', { id: 'preview.fitAtFloor' }));
    }
    if (fit.layout === 'strip' && fit.durationMs > STRIP_TOO_LONG_MS) {
      notes.push(msg('quá dài cho dải LED', { id: 'preview.fitTooLongForStrip' }));
    }
    const { maxSeconds } = (this.content?.slide ?? {}) as { maxSeconds?: unknown };
    if (typeof maxSeconds === 'number' && seconds > maxSeconds) {
      notes.push(
        msg(str`không đọc kịp trong ${maxSeconds} giây tối đa`, { id: 'preview.fitOverMax' }),
      );
    }
    return html`<p class="fit" role="status" data-testid="preview-fit">${notes.join(' · ')}</p>`;
  }
}

/** The QR code of `url` as the manifest would carry it; none when it does not fit in one. */
export function encodeQr(url: string): PreviewMessage['qrCodes'] {
  try {
    return { [url]: qrPath(url) };
  } catch {
    // Too long for a QR code: the player shows the address alone, as a screen would.
    return {};
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-preview': SlidePreview;
  }
}
