import type { QrCode } from '@bangtin/shared';
import { css, html, nothing, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { FitSubject } from '../render/fit-slide.js';
import { textChunks } from '../render/text-chunks.js';
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
      :host([data-arrangement='small-code']) .code {
        max-height: calc(440 * var(--u));
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
        justify-content: safe center;
        gap: calc(32 * var(--u));
        max-height: 100%;
        overflow: hidden;
      }
      h1 {
        color: #ffd54a;
      }
      .caption {
        margin: 0;
        font-size: calc(max(32, 44 * var(--fit, 1)) * var(--u));
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .url {
        font-size: calc(max(32, 36 * var(--fit, 1)) * var(--u));
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .url.alone {
        font-size: calc(max(32, 56 * var(--fit, 1)) * var(--u));
      }
      @container (aspect-ratio < 1.8) {
        :host {
          flex-direction: column;
          justify-content: center;
          text-align: center;
        }
        .code {
          height: auto;
          width: 80%;
          max-height: 55%;
        }
        :host([data-arrangement='small-code']) .code {
          max-height: 32%;
        }
        .text {
          flex: 0 1 auto;
          min-height: 0;
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
        <header>
          <h1>${slide.heading}</h1>
          <div class="pager" hidden></div>
        </header>
        ${slide.caption ? html`<p class="caption">${textChunks(slide.caption).map((chunk) => html`<span>${chunk}</span>`)}</p>` : nothing}
        <div class="url ${code ? '' : 'alone'}">${slide.url}</div>
      </div>
    `;
  }

  protected override fitSubject(): FitSubject | null {
    const text = this.renderRoot.querySelector<HTMLElement>('.text');
    if (!text) return null;
    const caption = this.renderRoot.querySelector<HTMLElement>('.caption');
    return {
      host: this,
      boxes: [text],
      items: caption ? ([...caption.children] as HTMLElement[]) : [],
      arrangements: this.renderRoot.querySelector('.code') ? ['', 'small-code'] : [''],
      pager: this.renderRoot.querySelector<HTMLElement>('.pager'),
    };
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
