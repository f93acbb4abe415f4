import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { readingTimeMs } from '../playback/reading-time.js';
import { SlideElement } from './slide-element.js';

// Still time at each end of a scroll, so the start and the end can be read.
const HOLD_MS = 1500;

/**
 * An LED strip board's form of any slide: its lines (a list's items one at a time), each sized
 * to the board's height. A line that fits stands still for its reading time; a longer one
 * scrolls from its start to its end at the screen's characters per second.
 */
@customElement('slide-strip-text')
export class SlideStripText extends SlideElement {
  @property({ attribute: false }) pages: string[] = [];

  #animation: Animation | null = null;
  #travel: number[] = [];

  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        background: #000;
        color: #ffd54a;
      }
      /* A line box of 1.6 em leaves room above the capitals for stacked marks (Ấ, Ẫ, Ỗ). */
      .line {
        flex: none;
        padding: 0 calc(100vh * 0.2);
        white-space: nowrap;
        font-size: calc(100vh / 2.1);
        line-height: 1.6;
        font-weight: 700;
      }
      :host([fits]) {
        justify-content: center;
      }
    `,
  ];

  override render() {
    return html`<div class="line"></div>`;
  }

  protected override layOut(): void {
    const line = this.renderRoot.querySelector<HTMLElement>('.line');
    if (!line) return;
    const { agency } = this.plan.manifest;
    this.#travel = [];
    this.pageMs = this.pages.map((text) => {
      line.textContent = text;
      const travel = Math.max(0, line.scrollWidth - this.clientWidth);
      this.#travel.push(travel);
      const pxPerChar = line.scrollWidth / Math.max(1, text.length);
      const scrollMs = (travel / (agency.tickerCharsPerSecond * pxPerChar)) * 1000 + 2 * HOLD_MS;
      const readMs = readingTimeMs(text.length, agency.readingCharsPerSecond);
      return Math.max(readMs, travel > 0 ? scrollMs : 0, this.plan.durationMs / this.pages.length);
    });
    this.minDurationMs = this.pageMs.reduce((sum, ms) => sum + ms, 0);
    this.#show(0);
  }

  override enterPage(page: number, turning: boolean): void {
    this.#show(page);
    const line = this.renderRoot.querySelector<HTMLElement>('.line');
    if (turning && line && this.plan.manifest.agency.crossfade) {
      line.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 400 });
    }
    const travel = this.#travel[page] ?? 0;
    const duration = this.pageMs[page] ?? 0;
    if (!line || travel === 0 || duration === 0) return;
    const hold = HOLD_MS / duration;
    const end = `translateX(${-travel}px)`;
    this.#animation = line.animate(
      [
        { transform: 'translateX(0)', offset: 0 },
        { transform: 'translateX(0)', offset: hold },
        { transform: end, offset: 1 - hold },
        { transform: end, offset: 1 },
      ],
      { duration, fill: 'forwards' },
    );
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('active') && !this.active) this.#animation?.cancel();
    super.updated(changed);
  }

  #show(page: number): void {
    this.#animation?.cancel();
    const line = this.renderRoot.querySelector<HTMLElement>('.line');
    if (line) line.textContent = this.pages[page] ?? '';
    this.toggleAttribute('fits', (this.#travel[page] ?? 0) === 0);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-strip-text': SlideStripText;
  }
}
