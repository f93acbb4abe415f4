import type { FirstSteps } from '@bangtin/shared';
import { qrPath } from '@bangtin/shared/qr';
import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** The address a new screen's browser opens, as text and as a QR code to scan from a phone. */
@customElement('player-address')
@localized()
export class PlayerAddress extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1rem;
        align-items: center;
      }
      svg {
        width: 7rem;
        height: 7rem;
        background: #fff;
        flex: none;
      }
      .url {
        font-size: 1.15rem;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      p {
        margin: 0 0 0.35rem;
      }
    `,
  ];

  @property({ attribute: false }) player: FirstSteps['player'] | null = null;

  override render() {
    if (!this.player) return '';
    const { url, loopback } = this.player;
    const qr = qrPath(url);
    return html`<svg
        viewBox="-2 -2 ${qr.size + 4} ${qr.size + 4}"
        role="img"
        aria-label=${msg('Mã QR của địa chỉ trình phát', { id: 'address.qr' })}
      >
        <path d=${qr.path} fill="#000"></path>
      </svg>
      <div>
        <p>${msg('Trên màn hình, mở trình duyệt tới địa chỉ:', { id: 'address.open' })}</p>
        <p class="url" data-testid="player-url">${url}</p>
        ${
          loopback
            ? html`<p class="alert" role="alert">
              ${msg(
                'Đây là địa chỉ của chính máy chủ: màn hình khác không mở được. Hãy mở trang quản trị bằng địa chỉ mạng LAN của máy chủ, hoặc đặt PUBLIC_URL.',
                { id: 'address.loopback' },
              )}
            </p>`
            : ''
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-address': PlayerAddress;
  }
}
