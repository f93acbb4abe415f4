import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import './player-clock.js';

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
    :host([strip]) .name {
      font-size: calc(100vh / 1.4);
      white-space: nowrap;
      color: #ffd54a;
    }
    player-clock {
      align-items: center;
      --clock-size: 160;
      --date-size: 48;
      color: #ffd54a;
    }
  `;

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
