import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { SlideElement } from './slide-element.js';

// Text moves at most this many times the board's height per second, to stay readable.
const HEIGHTS_PER_SECOND = 2.5;
// Still time at each end of a scroll, so the start and the end can be read.
const HOLD_MS = 1500;

/**
 * One line of text for an LED strip board, sized to the board's height. Text that fits stands
 * still; longer text scrolls once from its start to its end over the slide's time.
 */
@customElement('slide-strip-text')
export class SlideStripText extends SlideElement {
  @property() text = '';

  #animation: Animation | null = null;
  #travel = 0;

  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        background: #000;
        color: #ffd54a;
      }
      .line {
        flex: none;
        padding: 0 calc(100vh * 0.2);
        white-space: nowrap;
        font-size: calc(100vh / 1.4);
        line-height: 1.3;
        font-weight: 700;
      }
      :host([fits]) {
        justify-content: center;
      }
    `,
  ];

  override render() {
    return html`<div class="line">${this.text}</div>`;
  }

  override async prepare(): Promise<void> {
    await super.prepare();
    const line = this.renderRoot.querySelector<HTMLElement>('.line');
    if (!line) return;
    this.#travel = Math.max(0, line.scrollWidth - this.clientWidth);
    this.toggleAttribute('fits', this.#travel === 0);
    const speed = HEIGHTS_PER_SECOND * Math.max(1, this.clientHeight);
    this.minDurationMs = this.#travel > 0 ? (this.#travel / speed) * 1000 + 2 * HOLD_MS : 0;
  }

  override updated(changed: Map<string, unknown>): void {
    if (!changed.has('active')) return;
    this.#animation?.cancel();
    const line = this.renderRoot.querySelector<HTMLElement>('.line');
    if (!this.active || this.#travel === 0 || !line) return;
    const duration = Math.max(this.plan.durationMs, this.minDurationMs);
    const hold = HOLD_MS / duration;
    const end = `translateX(${-this.#travel}px)`;
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
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-strip-text': SlideStripText;
  }
}
