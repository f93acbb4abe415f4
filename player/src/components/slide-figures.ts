import { type FigureItem, formatFigure, type SlideOf } from '@bangtin/shared';
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { FitSubject } from '../render/fit-slide.js';
import { formatClock } from '../render/format-clock.js';
import { cardSlideStyles } from './card-slide-styles.js';
import { SlideElement } from './slide-element.js';

/**
 * Key figures as large numbers in cards ("98,5 %" over "Hồ sơ giải quyết đúng hạn"), in
 * Vietnamese notation, with the date they hold for. Cards that do not fit shrink to the floors,
 * go to one column less, then spread over pages.
 */
@customElement('slide-figures')
export class SlideFigures extends SlideElement {
  static override styles = [
    SlideElement.baseStyles,
    cardSlideStyles,
    css`
      .cards {
        grid-template-columns: repeat(3, minmax(0, 1fr));
        align-content: safe center;
      }
      :host([data-arrangement='two-columns']) .cards {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .card {
        padding-block: min(calc(28 * var(--u)), 3.5cqh);
      }
      .value {
        font-size: calc(max(56, 112 * var(--fit, 1)) * var(--u));
        font-weight: 700;
        color: #ffd54a;
        line-height: 1.3;
        white-space: nowrap;
      }
      .unit {
        font-size: calc(max(32, 56 * var(--fit, 1)) * var(--u));
        margin-left: calc(12 * var(--u));
      }
      .updated {
        font-size: calc(32 * var(--u));
        color: #c9d6e3;
      }
    `,
  ];

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'figures') return nothing;
    return html`
      <header>
        <h1>${slide.heading}</h1>
        <div class="pager" hidden></div>
      </header>
      <div class="cards">${slide.items.map(card)}</div>
      ${updated(slide, this.plan.manifest.screen.timeZone)}
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
      arrangements: narrow ? ['two-columns', 'one-column'] : ['', 'two-columns'],
      pager: this.renderRoot.querySelector<HTMLElement>('.pager'),
    };
  }
}

function card(item: FigureItem) {
  return html`<div class="card">
    <div class="value">${formatFigure(item.value, item.decimals)}${
      item.unit ? html`<span class="unit">${item.unit}</span>` : nothing
    }</div>
    <div class="label">${item.label}</div>
  </div>`;
}

/** When the manager last read the figures from their source, else the date they were entered for. */
function updated(slide: SlideOf<'figures'>, timeZone: string) {
  if (slide.fetchedAt) {
    const { time, date } = formatClock(Date.parse(slide.fetchedAt), timeZone);
    return html`<div class="updated">Cập nhật lúc ${time}, ${date}</div>`;
  }
  return slide.updatedOn
    ? html`<div class="updated">Cập nhật ngày ${vnDate(slide.updatedOn)}</div>`
    : nothing;
}

/** 2026-12-07 → 07/12/2026. */
const vnDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

declare global {
  interface HTMLElementTagNameMap {
    'slide-figures': SlideFigures;
  }
}
