import { css, html, nothing, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import { qrPath } from '../render/qr-path.js';
import { SlideElement } from './slide-element.js';

/** A QR code drawn on screen from the slide's URL, with a heading, a caption and the address. */
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
    const { size, path } = qrPath(slide.url);
    // Four modules of white quiet zone on each side, as the QR standard asks.
    const box = size + 8;
    return html`
      <div class="code">
        <svg viewBox="-4 -4 ${box} ${box}" shape-rendering="crispEdges" role="img" aria-label=${slide.url}>
          ${svg`<rect x="-4" y="-4" width=${box} height=${box} fill="#ffffff"></rect>
          <path d=${path} fill="#000000"></path>`}
        </svg>
      </div>
      <div class="text">
        <h1>${slide.heading}</h1>
        ${slide.caption ? html`<p class="caption">${slide.caption}</p>` : nothing}
        <div class="url">${slide.url}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-qr': SlideQr;
  }
}
