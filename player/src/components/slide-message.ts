import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { FitSubject } from '../render/fit-slide.js';
import { textChunks } from '../render/text-chunks.js';
import { mediaSrc, SlideElement } from './slide-element.js';

/**
 * A notice: heading, body text and an optional picture, in a light, dark or brand theme. Text
 * that does not fit shrinks to its floors, then the picture shrinks, then the body continues on
 * further pages under the same heading.
 */
@customElement('slide-message')
export class SlideMessage extends SlideElement {
  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        display: flex;
        gap: calc(56 * var(--u));
        padding: calc(64 * var(--u)) calc(80 * var(--u));
      }
      :host([theme='light']) {
        background: #ffffff;
        color: #111827;
        --accent: #7a1414;
      }
      :host([theme='dark']) {
        background: #061a2e;
        color: #ffffff;
        --accent: #ffd54a;
      }
      :host([theme='brand']) {
        background: #7a1414;
        color: #ffffff;
        --accent: #ffd54a;
      }
      .text {
        flex: 1 1 0;
        min-width: 0;
        display: flex;
        flex-direction: column;
        /* safe: text taller than its box starts at the top, so overflow is measurable. */
        justify-content: safe center;
        gap: calc(40 * var(--u));
        overflow: hidden;
      }
      h1 {
        color: var(--accent);
        font-size: calc(max(64, 80 * var(--fit, 1)) * var(--u));
      }
      .body {
        margin: 0;
        font-size: calc(max(32, 48 * var(--fit, 1)) * var(--u));
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .picture {
        flex: 0 0 42%;
        display: flex;
        align-items: center;
        justify-content: center;
        min-height: 0;
      }
      img {
        max-width: 100%;
        max-height: 100%;
        object-fit: contain;
        border-radius: calc(16 * var(--u));
      }
      @container (aspect-ratio < 1.8) {
        :host {
          flex-direction: column-reverse;
          padding: calc(64 * var(--u)) calc(56 * var(--u));
        }
        .picture {
          flex-basis: 38%;
        }
      }
      :host([data-arrangement='small-picture']) .picture {
        flex-basis: 24%;
      }
    `,
  ];

  override willUpdate(): void {
    if (this.plan.slide.kind === 'message') this.setAttribute('theme', this.plan.slide.theme);
  }

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'message') return nothing;
    return html`
      ${
        slide.imageSha256
          ? html`<div class="picture"><img alt="" src=${mediaSrc(this.plan, slide.imageSha256)} /></div>`
          : nothing
      }
      <div class="text">
        <header>
          <h1>${slide.heading}</h1>
          <div class="pager" hidden></div>
        </header>
        ${slide.body ? html`<p class="body">${textChunks(slide.body).map((chunk) => html`<span>${chunk}</span>`)}</p>` : nothing}
      </div>
    `;
  }

  protected override async prepareMedia(): Promise<void> {
    await this.renderRoot.querySelector('img')?.decode();
  }

  protected override fitSubject(): FitSubject | null {
    const text = this.renderRoot.querySelector<HTMLElement>('.text');
    if (!text) return null;
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    const picture = this.renderRoot.querySelector('.picture');
    return {
      host: this,
      boxes: [text],
      items: body ? ([...body.children] as HTMLElement[]) : [],
      arrangements: picture ? ['', 'small-picture'] : [''],
      pager: this.renderRoot.querySelector<HTMLElement>('.pager'),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-message': SlideMessage;
  }
}
