import type { Procedure } from '@bangtin/shared';
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { proceduresForSlide } from '../playback/procedure-pages.js';
import type { FitSubject } from '../render/fit-slide.js';
import { SlideElement } from './slide-element.js';

/**
 * A table of procedures (code, name, time limit, fees, online level). The fit engine first
 * shrinks the type to its floors, then spreads whole rows over pages of at most `rowsPerPage`;
 * a long name or fee wraps inside its row and is never split over two pages.
 */
@customElement('slide-procedures')
export class SlideProcedures extends SlideElement {
  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: calc(24 * var(--u));
        padding: calc(40 * var(--u)) calc(56 * var(--u));
        background: #ffffff;
        color: #111827;
      }
      h1 {
        color: #7a1414;
        font-size: calc(max(64, 72 * var(--fit, 1)) * var(--u));
      }
      .table {
        flex: 1 1 0;
        min-height: 0;
        display: flex;
        flex-direction: column;
        font-size: calc(max(32, 38 * var(--fit, 1)) * var(--u));
      }
      .row {
        display: grid;
        grid-template-columns: 11% 1fr 16% 17% 12%;
        border-bottom: calc(2 * var(--u)) solid #9ca3af;
      }
      .row > div {
        padding: calc(14 * var(--u)) calc(16 * var(--u));
        overflow-wrap: anywhere;
      }
      .head {
        background: #0a2540;
        color: #ffffff;
        font-weight: 700;
      }
      .name {
        font-weight: 600;
      }
      .rows {
        flex: 1 1 0;
        min-height: 0;
        overflow: hidden;
      }
      .rows .row:nth-child(even) {
        background: #eef2f7;
      }
      .label {
        display: none;
      }
      @container (aspect-ratio < 1.8) {
        .head {
          display: none;
        }
        .row {
          grid-template-columns: 1fr 1fr;
          padding: calc(8 * var(--u)) 0;
        }
        .row > div {
          padding: calc(6 * var(--u)) calc(12 * var(--u));
        }
        .row .name {
          grid-column: 1 / -1;
          order: -1;
        }
        .label {
          display: inline;
          font-weight: 700;
        }
      }
    `,
  ];

  get #procedures(): Procedure[] {
    const slide = this.plan.slide;
    return slide.kind === 'procedures'
      ? proceduresForSlide(slide, this.plan.manifest.procedures)
      : [];
  }

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'procedures') return nothing;
    return html`
      <header>
        <h1>${slide.heading}</h1>
        <div class="pager" hidden></div>
      </header>
      <div class="table" role="table">
        <div class="row head" role="row">
          <div>Mã</div><div>Tên thủ tục</div><div>Thời hạn giải quyết</div><div>Phí, lệ phí</div><div>Mức độ trực tuyến</div>
        </div>
        <div class="rows">${this.#procedures.map(row)}</div>
      </div>
    `;
  }

  protected override fitSubject(): FitSubject | null {
    const slide = this.plan.slide;
    const rows = this.renderRoot.querySelector<HTMLElement>('.rows');
    if (slide.kind !== 'procedures' || !rows) return null;
    return {
      host: this,
      boxes: [rows],
      items: [...rows.children] as HTMLElement[],
      arrangements: [''],
      pager: this.renderRoot.querySelector<HTMLElement>('.pager'),
      maxPerPage: slide.rowsPerPage,
    };
  }
}

function row(p: Procedure) {
  return html`<div class="row" role="row">
    <div><span class="label">Mã: </span>${p.code || '—'}</div>
    <div class="name">${p.name}</div>
    <div><span class="label">Thời hạn: </span>${p.timeLimit || '—'}</div>
    <div><span class="label">Phí, lệ phí: </span>${p.fees || '—'}</div>
    <div><span class="label">Trực tuyến: </span>${p.onlineLevel ?? '—'}</div>
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-procedures': SlideProcedures;
  }
}
