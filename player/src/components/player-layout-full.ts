import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import './player-clock.js';
import './player-ticker.js';

/**
 * Header (agency, date and clock), the main zone (slotted stage) and the ticker; with the
 * `side-panel` template a column of zones (slot `zone`: side over panel) beside the main one,
 * with `queue-band` a band under it.
 */
@customElement('player-layout-full')
export class PlayerLayoutFull extends LitElement {
  @property({ reflect: true }) template: 'full' | 'side-panel' | 'queue-band' = 'full';
  @property() agencyName = '';
  @property() agencySubtitle = '';
  @property() logoUrl: string | null = null;
  @property() ticker = '';
  @property({ type: Number }) tickerCharsPerSecond = 3.5;
  @property() timeZone = 'Asia/Ho_Chi_Minh';
  @property({ attribute: false }) now: () => number = Date.now;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      width: 100%;
      height: 100%;
      background: #061a2e;
      color: #ffffff;
    }
    header {
      flex: none;
      display: flex;
      align-items: center;
      gap: calc(28 * var(--u));
      padding: calc(16 * var(--u)) calc(48 * var(--u));
      background: #7a1414;
      border-bottom: calc(4 * var(--u)) solid #ffd54a;
    }
    img {
      height: calc(104 * var(--u));
      width: auto;
    }
    .agency {
      flex: 1 1 0;
      min-width: 0;
      line-height: 1.3;
    }
    .name {
      font-size: calc(44 * var(--u));
      font-weight: 700;
      text-transform: uppercase;
      text-wrap: balance;
    }
    .subtitle {
      font-size: calc(32 * var(--u));
      font-weight: 600;
      color: #ffe9a3;
    }
    main {
      flex: 1 1 0;
      min-height: 0;
      display: grid;
      grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    }
    :host([template='side-panel']) main {
      grid-template: minmax(0, 1fr) minmax(0, 1fr) / minmax(0, 7fr) minmax(0, 3fr);
    }
    :host([template='side-panel']) ::slotted(player-stage) {
      grid-row: 1 / -1;
    }
    :host([template='side-panel']) ::slotted(player-zone:only-of-type) {
      grid-row: 1 / -1;
    }
    :host([template='side-panel']) ::slotted([data-zone='panel']:not(:only-of-type)) {
      grid-column: 2;
      border-top-width: calc(4 * var(--u));
    }
    :host([template='queue-band']) main {
      grid-template: minmax(0, 7fr) minmax(0, 3fr) / minmax(0, 1fr);
    }
    ::slotted([slot='zone']) {
      border: 0 solid #ffd54a;
    }
    :host([template='side-panel']) ::slotted([slot='zone']) {
      border-left-width: calc(4 * var(--u));
    }
    :host([template='queue-band']) ::slotted([slot='zone']) {
      border-top-width: calc(4 * var(--u));
    }
    @media (orientation: portrait) {
      header {
        flex-wrap: wrap;
      }
      player-clock {
        --clock-size: 56;
      }
    }
  `;

  override render() {
    return html`
      <header>
        ${this.logoUrl ? html`<img alt="" src=${this.logoUrl} />` : nothing}
        <div class="agency">
          <div class="name">${this.agencyName}</div>
          ${this.agencySubtitle ? html`<div class="subtitle">${this.agencySubtitle}</div>` : nothing}
        </div>
        <player-clock .timeZone=${this.timeZone} .now=${this.now}></player-clock>
      </header>
      <main><slot></slot><slot name="zone"></slot></main>
      ${this.ticker ? html`<player-ticker .text=${this.ticker} .charsPerSecond=${this.tickerCharsPerSecond}></player-ticker>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-layout-full': PlayerLayoutFull;
  }
}
