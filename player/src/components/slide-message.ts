import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { fitToBox } from '../render/fit-to-box.js';
import { mediaSrc, SlideElement } from './slide-element.js';

/** A notice: heading, body text and an optional picture, in a light, dark or brand theme. */
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
        justify-content: center;
        gap: calc(40 * var(--u));
        overflow: hidden;
      }
      h1 {
        color: var(--accent);
        font-size: calc(80 * var(--u));
      }
      .body {
        margin: 0;
        font-size: calc(48 * var(--u) * var(--fit, 1));
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
      @media (orientation: portrait) {
        :host {
          flex-direction: column-reverse;
          padding: calc(64 * var(--u)) calc(56 * var(--u));
        }
        .picture {
          flex-basis: 38%;
        }
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
        <h1>${slide.heading}</h1>
        ${slide.body ? html`<p class="body">${slide.body}</p>` : nothing}
      </div>
    `;
  }

  override async prepare(): Promise<void> {
    await super.prepare();
    await this.renderRoot.querySelector('img')?.decode();
    const text = this.renderRoot.querySelector<HTMLElement>('.text');
    // 48 × 0.67 ≈ 32: body text never goes below the size readable across the room.
    if (text) fitToBox(text, 0.67);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-message': SlideMessage;
  }
}
