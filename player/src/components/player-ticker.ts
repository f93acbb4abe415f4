import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

/**
 * The running line at the bottom: agency notices and hotlines, scrolling right to left at
 * `charsPerSecond` (pixels per second follow from the font size). The text runs twice in a
 * row, so that the loop has no gap and no jump.
 */
@customElement('player-ticker')
export class PlayerTicker extends LitElement {
  @property() text = '';
  @property({ type: Number }) charsPerSecond = 3.5;
  @query('.copy') private copy!: HTMLElement;
  @query('.line') private line!: HTMLElement;
  #animation: Animation | null = null;
  #resize = new ResizeObserver(() => this.#run());

  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      overflow: hidden;
      height: calc(96 * var(--u));
      background: #061a2e;
      color: #ffd54a;
      border-top: calc(4 * var(--u)) solid #ffd54a;
    }
    .line {
      flex: none;
      display: flex;
      white-space: nowrap;
      font-size: calc(40 * var(--u));
      font-weight: 600;
      line-height: 1.5;
    }
    .copy {
      min-width: 100vw;
      padding-right: calc(160 * var(--u));
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#animation?.cancel();
  }

  override render() {
    return html`<div class="line"><span class="copy">${this.text}</span><span class="copy" aria-hidden="true">${this.text}</span></div>`;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('charsPerSecond')) {
      void document.fonts.ready.then(() => this.#run());
    }
  }

  #run(): void {
    this.#animation?.cancel();
    if (!this.copy || !this.text) return;
    const text = document.createRange();
    text.selectNodeContents(this.copy);
    const pxPerSecond =
      (text.getBoundingClientRect().width / this.text.length) * this.charsPerSecond;
    // One copy's width (text and gap) is one period of the loop.
    const period = this.copy.getBoundingClientRect().width;
    this.#animation = this.line.animate(
      [{ transform: 'translateX(0)' }, { transform: `translateX(${-period}px)` }],
      { duration: (period / pxPerSecond) * 1000, iterations: Infinity },
    );
    this.dataset.pxPerSecond = String(Math.round(pxPerSecond));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-ticker': PlayerTicker;
  }
}
