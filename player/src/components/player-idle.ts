import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fitSlide } from '../render/fit-slide.js';
import './player-clock.js';

const STRIP_STEPS = [1, 0.8, 0.65, 0.5, 0.4, 0.3, 0.2];

/** The calm screen shown when nothing is scheduled: the agency's name and the clock. */
@customElement('player-idle')
export class PlayerIdle extends LitElement {
  @property() agencyName = '';
  @property() timeZone = 'Asia/Ho_Chi_Minh';
  @property({ attribute: false }) now: () => number = Date.now;
  /** On an LED strip board: the name alone, as one line sized to the board's height. */
  @property({ type: Boolean, reflect: true }) strip = false;

  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: calc(48 * var(--u));
      padding: calc(80 * var(--u));
      background: #061a2e;
      color: #ffffff;
      text-align: center;
    }
    .name {
      font-size: calc(72 * var(--u));
      font-weight: 700;
      line-height: 1.3;
      text-wrap: balance;
    }
    :host([strip]) {
      padding: 0;
      background: #000;
    }
    /* On a strip board the name fills the height, and shrinks (to the floor) to fit whole. */
    :host([strip]) .name {
      max-height: 100%;
      overflow: hidden;
      font-size: max(calc(32 * var(--u)), calc(100vh / 2.1 * var(--fit, 1)));
      line-height: 1.5;
      color: #ffd54a;
    }
    player-clock {
      align-items: center;
      --clock-size: 160;
      --date-size: 48;
      color: #ffd54a;
    }
  `;

  override updated(): void {
    const name = this.renderRoot.querySelector<HTMLElement>('.name');
    if (!this.strip || !name) return;
    void document.fonts.ready.then(() =>
      fitSlide({
        host: this,
        boxes: [name],
        items: [],
        arrangements: [''],
        pager: null,
        steps: STRIP_STEPS,
      }),
    );
  }

  override render() {
    if (this.strip) return html`<div class="name">${this.agencyName}</div>`;
    return html`
      <div class="name">${this.agencyName}</div>
      <player-clock .timeZone=${this.timeZone} .now=${this.now}></player-clock>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-idle': PlayerIdle;
  }
}
