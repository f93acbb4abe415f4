import type { Procedure } from '@bangtin/shared';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { packPages, proceduresForSlide } from '../playback/procedure-pages.js';
import { SlideElement } from './slide-element.js';

/**
 * A table of procedures (code, name, time limit, fees, online level), paged automatically.
 * Pages hold at most `rowsPerPage` rows and never more than fits: long names wrap, and a page
 * that would overflow is split, the slide's time shared evenly among the pages.
 */
@customElement('slide-procedures')
export class SlideProcedures extends SlideElement {
  @state() private pages: number[][] = [];
  @state() private page = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

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
      header {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: calc(32 * var(--u));
      }
      h1 {
        color: #7a1414;
        font-size: calc(64 * var(--u));
      }
      .pager {
        flex: none;
        font-size: calc(32 * var(--u));
        font-weight: 600;
        color: #1f2937;
      }
      .table {
        flex: 1 1 0;
        min-height: 0;
        display: flex;
        flex-direction: column;
        font-size: calc(34 * var(--u));
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
        font-size: calc(32 * var(--u));
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
      @media (orientation: portrait) {
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
    const procedures = this.#procedures;
    // Until measured, every row is laid out so that prepare() can measure it.
    const shown =
      this.pages.length > 0 ? (this.pages[this.page] ?? []) : procedures.map((_, i) => i);
    return html`
      <header>
        <h1>${slide.heading}</h1>
        ${this.pages.length > 1 ? html`<div class="pager">Trang ${this.page + 1}/${this.pages.length}</div>` : nothing}
      </header>
      <div class="table" role="table">
        <div class="row head" role="row">
          <div>Mã</div><div>Tên thủ tục</div><div>Thời hạn giải quyết</div><div>Phí, lệ phí</div><div>Mức độ trực tuyến</div>
        </div>
        <div class="rows">${shown.map((i) => (procedures[i] ? row(procedures[i]) : nothing))}</div>
      </div>
    `;
  }

  override async prepare(): Promise<void> {
    await super.prepare();
    const slide = this.plan.slide;
    const rows = this.renderRoot.querySelector<HTMLElement>('.rows');
    if (slide.kind !== 'procedures' || !rows) return;
    const heights = [...rows.children].map((child) => child.getBoundingClientRect().height);
    this.pages = packPages(heights, slide.rowsPerPage, rows.clientHeight);
    this.page = 0;
    await this.updateComplete;
  }

  override updated(changed: Map<string, unknown>): void {
    if (!changed.has('active')) return;
    clearInterval(this.#timer);
    if (this.active && this.pages.length > 1) {
      const pageMs = this.plan.durationMs / this.pages.length;
      this.#timer = setInterval(() => {
        this.page = (this.page + 1) % this.pages.length;
      }, pageMs);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
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
