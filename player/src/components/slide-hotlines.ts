import type { Hotline } from '@bangtin/shared';
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { hotlinesForSlide } from '../playback/hotline-selection.js';
import type { FitSubject } from '../render/fit-slide.js';
import { cardSlideStyles } from './card-slide-styles.js';
import { SlideElement } from './slide-element.js';

const MAX_GROUP = 8;

/**
 * Hotline numbers as large cards; demo numbers carry a visible "Số mẫu" badge. Cards that do not
 * fit shrink to the floors, go to two columns (portrait), then spread over pages.
 */
@customElement('slide-hotlines')
export class SlideHotlines extends SlideElement {
  static override styles = [
    SlideElement.baseStyles,
    cardSlideStyles,
    css`
      .cards {
        align-content: start;
      }
      .number {
        font-size: calc(max(56, 88 * var(--fit, 1)) * var(--u));
        font-weight: 700;
        color: #ffd54a;
        line-height: 1.3;
        letter-spacing: 0.02em;
      }
      .group {
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
    `,
  ];

  get #hotlines(): Hotline[] {
    const slide = this.plan.slide;
    return slide.kind === 'hotlines' ? hotlinesForSlide(slide, this.plan.manifest.hotlines) : [];
  }

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'hotlines') return nothing;
    return html`
      <header>
        <h1>${slide.heading}</h1>
        <div class="pager" hidden></div>
      </header>
      <div class="cards">${this.#hotlines.map(card)}</div>
    `;
  }

  protected override fitSubject(): FitSubject | null {
    const cards = this.renderRoot.querySelector<HTMLElement>('.cards');
    if (!cards) return null;
    // Portrait, or a zone narrower than a landscape screen's main zone (the other slides' 1.8).
    const narrow = this.clientWidth < this.clientHeight * 1.8;
    return {
      host: this,
      boxes: [cards],
      items: [...cards.children] as HTMLElement[],
      arrangements: narrow ? ['one-column', 'two-columns'] : ['two-columns'],
      pager: this.renderRoot.querySelector<HTMLElement>('.pager'),
    };
  }
}

function card(hotline: Hotline) {
  const detail = [hotline.hours, hotline.note].filter(Boolean).join(' · ');
  return html`<div class="card">
    <div class="label">
      ${hotline.label}${hotline.sample ? html`<span class="sample">Số mẫu</span>` : nothing}
    </div>
    <div class="number">${numberGroups(hotline.number)}</div>
    ${detail ? html`<div class="detail">${detail}</div>` : nothing}
  </div>`;
}

/**
 * A number too wide for its card wraps between its digit groups, never inside one; a group too
 * long to hold together (an unspaced number) may break anywhere rather than leave the card.
 */
function numberGroups(number: string) {
  return number
    .split(/\s+/)
    .filter(Boolean)
    .map((group, i) => {
      const space = i > 0 ? ' ' : '';
      return group.length <= MAX_GROUP
        ? html`${space}<span class="group">${group}</span>`
        : `${space}${group}`;
    });
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-hotlines': SlideHotlines;
  }
}
