import type { QrCode } from '@bangtin/shared';
import { css, html, nothing, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import { SlideElement } from './slide-element.js';

/**
 * The QR code the manager encoded for the slide's URL, with a heading, a caption and the address;
 * without a code (the URL does not fit in one) the address alone, set large.
 */
@customElement('slide-qr')
export class SlideQr extends SlideElement {
  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: calc(72 * var(--u));
        padding: calc(56 * var(--u)) calc(80 * var(--u));
        background: #0a2540;
        color: #ffffff;
      }
      .code {
        flex: none;
        height: 100%;
        max-height: calc(720 * var(--u));
        aspect-ratio: 1;
      }
      svg {
        width: 100%;
        height: 100%;
        display: block;
        border-radius: calc(16 * var(--u));
      }
      .text {
        flex: 1 1 0;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: calc(32 * var(--u));
      }
      h1 {
        color: #ffd54a;
      }
      .caption {
        margin: 0;
        font-size: calc(44 * var(--u));
        white-space: pre-line;
      }
      .url {
        font-size: calc(36 * var(--u));
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .url.alone {
        font-size: calc(56 * var(--u));
      }
      @media (orientation: portrait) {
        :host {
          flex-direction: column;
          justify-content: center;
          text-align: center;
        }
        .code {
          height: auto;
          width: 80%;
          max-height: none;
        }
        .text {
          flex: none;
        }
      }
    `,
  ];

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'qr') return nothing;
    const code = this.plan.manifest.qrCodes[slide.url];
    return html`
      ${code ? this.renderCode(code, slide.url) : nothing}
      <div class="text">
        <h1>${slide.heading}</h1>
        ${slide.caption ? html`<p class="caption">${slide.caption}</p>` : nothing}
        <div class="url ${code ? '' : 'alone'}">${slide.url}</div>
      </div>
    `;
  }

  private renderCode({ size, path }: QrCode, url: string) {
    // Four modules of white quiet zone on each side, as the QR standard asks.
    const box = size + 8;
    return html`<div class="code">
      <svg viewBox="-4 -4 ${box} ${box}" shape-rendering="crispEdges" role="img" aria-label=${url}>
        ${svg`<rect x="-4" y="-4" width=${box} height=${box} fill="#ffffff"></rect>
        <path d=${path} fill="#000000"></path>`}
      </svg>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-qr': SlideQr;
  }
}
