import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { mediaSrc, SlideElement } from './slide-element.js';

/** A picture, contained or covering the zone, with an optional caption. */
@customElement('slide-image')
export class SlideImage extends SlideElement {
  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        background: #000;
      }
      img {
        width: 100%;
        height: 100%;
        display: block;
      }
      .caption {
        position: absolute;
        left: 0;
        right: 0;
        bottom: 0;
        padding: calc(20 * var(--u)) calc(48 * var(--u));
        background: rgba(6, 26, 46, 0.92);
        color: #fff;
        font-size: calc(40 * var(--u));
      }
    `,
  ];

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'image') return nothing;
    return html`
      <img alt="" style="object-fit: ${slide.fit}" src=${mediaSrc(this.plan, slide.mediaSha256)} />
      ${slide.caption ? html`<div class="caption">${slide.caption}</div>` : nothing}
    `;
  }

  protected override async prepareMedia(): Promise<void> {
    await this.renderRoot.querySelector('img')?.decode();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-image': SlideImage;
  }
}
