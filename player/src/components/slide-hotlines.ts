import type { Hotline } from '@bangtin/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { hotlinesForSlide } from '../playback/hotline-selection.js';
import { SlideElement } from './slide-element.js';

const PER_PAGE = 6;

/** Hotline numbers as large cards; demo numbers carry a visible "Số mẫu" badge. */
@customElement('slide-hotlines')
export class SlideHotlines extends SlideElement {
  @state() private page = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: calc(32 * var(--u));
        padding: calc(48 * var(--u)) calc(64 * var(--u));
        background: #061a2e;
        color: #ffffff;
      }
      h1 {
        color: #ffd54a;
      }
      .cards {
        flex: 1 1 0;
        min-height: 0;
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        grid-auto-rows: minmax(0, max-content);
        align-content: start;
        gap: calc(28 * var(--u));
      }
      .card {
        position: relative;
        padding: calc(24 * var(--u)) calc(32 * var(--u));
        border-radius: calc(20 * var(--u));
        background: #0a2540;
        border: calc(3 * var(--u)) solid #23466e;
      }
      .label {
        font-size: calc(40 * var(--u));
        font-weight: 600;
      }
      .number {
        font-size: calc(88 * var(--u));
        font-weight: 700;
        color: #ffd54a;
        line-height: 1.3;
        letter-spacing: 0.02em;
        white-space: nowrap;
      }
      .detail {
        font-size: calc(32 * var(--u));
      }
      .sample {
        display: inline-block;
        margin-left: calc(16 * var(--u));
        padding: 0 calc(16 * var(--u));
        border-radius: calc(10 * var(--u));
        background: #ffd54a;
        color: #111827;
        font-size: calc(32 * var(--u));
        font-weight: 700;
        vertical-align: middle;
      }
      @media (orientation: portrait) {
        .cards {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  get #hotlines(): Hotline[] {
    const slide = this.plan.slide;
    return slide.kind === 'hotlines' ? hotlinesForSlide(slide, this.plan.manifest.hotlines) : [];
  }

  get #pageCount(): number {
    return Math.max(1, Math.ceil(this.#hotlines.length / PER_PAGE));
  }

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'hotlines') return nothing;
    const shown = this.#hotlines.slice(this.page * PER_PAGE, (this.page + 1) * PER_PAGE);
    return html`
      <h1>${slide.heading}</h1>
      <div class="cards">${shown.map(card)}</div>
    `;
  }

  override updated(changed: Map<string, unknown>): void {
    if (!changed.has('active')) return;
    clearInterval(this.#timer);
    const pages = this.#pageCount;
    if (this.active && pages > 1) {
      this.#timer = setInterval(() => {
        this.page = (this.page + 1) % pages;
      }, this.plan.durationMs / pages);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }
}

function card(hotline: Hotline) {
  const detail = [hotline.hours, hotline.note].filter(Boolean).join(' · ');
  return html`<div class="card">
    <div class="label">
      ${hotline.label}${hotline.sample ? html`<span class="sample">Số mẫu</span>` : nothing}
    </div>
    <div class="number">${hotline.number}</div>
    ${detail ? html`<div class="detail">${detail}</div>` : nothing}
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-hotlines': SlideHotlines;
  }
}
