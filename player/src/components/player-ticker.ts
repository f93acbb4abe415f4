import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

// Ticker speed in design units per second: slow enough to read from the waiting chairs.
const SPEED_U_PER_SECOND = 140;

/** The running line at the bottom: agency notices and hotlines, scrolling right to left. */
@customElement('player-ticker')
export class PlayerTicker extends LitElement {
  @property() text = '';
  @query('.line') private line!: HTMLElement;
  #animation: Animation | null = null;
  #resize = new ResizeObserver(() => this.#run());

  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      overflow: hidden;
      height: calc(92 * var(--u));
      background: #061a2e;
      color: #ffd54a;
      border-top: calc(4 * var(--u)) solid #ffd54a;
    }
    .line {
      flex: none;
      white-space: nowrap;
      font-size: calc(40 * var(--u));
      font-weight: 600;
      line-height: 1.3;
      padding-left: 100%;
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
    return html`<div class="line">${this.text}</div>`;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('text')) void document.fonts.ready.then(() => this.#run());
  }

  #run(): void {
    this.#animation?.cancel();
    if (!this.line || !this.text) return;
    const unit = this.clientHeight / 92 || 1;
    const distance = this.line.scrollWidth;
    this.#animation = this.line.animate(
      [{ transform: 'translateX(0)' }, { transform: `translateX(${-distance}px)` }],
      { duration: (distance / (SPEED_U_PER_SECOND * unit)) * 1000, iterations: Infinity },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-ticker': PlayerTicker;
  }
}
