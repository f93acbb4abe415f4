import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** The unpaired screen: a six-digit code readable across the room and where to enter it. */
@customElement('player-pairing')
export class PlayerPairing extends LitElement {
  /** Null while no code could be obtained yet (the manager is unreachable). */
  @property() code: string | null = null;
  @property() managerAddress = '';

  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: calc(40 * var(--u));
      padding: calc(64 * var(--u));
      background: #061a2e;
      color: #ffffff;
      text-align: center;
      line-height: 1.35;
    }
    h1 {
      margin: 0;
      font-size: calc(64 * var(--u));
      font-weight: 700;
    }
    .code {
      font-size: calc(240 * var(--u));
      font-weight: 700;
      letter-spacing: 0.12em;
      color: #ffd54a;
      font-variant-numeric: tabular-nums;
      line-height: 1.3;
    }
    .how {
      font-size: calc(40 * var(--u));
      max-width: calc(1500 * var(--u));
    }
    .address {
      font-weight: 700;
      color: #ffe9a3;
      overflow-wrap: anywhere;
    }
    @media (orientation: portrait) {
      .code {
        font-size: calc(180 * var(--u));
      }
    }
    /* On a strip board: the code, large, with its label beside it and nothing else. */
    @media (min-aspect-ratio: 4/1) {
      :host {
        flex-direction: row;
        gap: calc(48 * var(--u));
        padding: 0 calc(48 * var(--u));
      }
      .code {
        font-size: calc(100vh / 2.1);
        line-height: 1.6;
      }
      .how {
        display: none;
      }
    }
  `;

  override render() {
    return html`
      <h1>Ghép nối màn hình</h1>
      ${
        this.code
          ? html`<div class="code" data-testid="pairing-code">${this.code}</div>
              <div class="how">
                Trên trang quản trị <span class="address">${this.managerAddress}</span>,
                chọn Màn hình → Ghép nối và nhập mã này.
              </div>`
          : html`<div class="how">
              Đang kết nối tới máy chủ <span class="address">${this.managerAddress}</span>…
            </div>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-pairing': PlayerPairing;
  }
}
