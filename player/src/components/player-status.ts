import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** The small corner that says when the screen is offline or could not sync; empty when fine. */
@customElement('player-status')
export class PlayerStatus extends LitElement {
  @property({ type: Boolean }) offline = false;
  @property() problem: string | null = null;

  static override styles = css`
    :host {
      position: fixed;
      right: calc(16 * var(--u));
      bottom: calc(104 * var(--u));
      z-index: 10;
      pointer-events: none;
    }
    .badge {
      display: flex;
      align-items: center;
      gap: calc(12 * var(--u));
      padding: calc(4 * var(--u)) calc(16 * var(--u));
      border-radius: calc(12 * var(--u));
      background: #000000;
      color: #ffffff;
      border: calc(2 * var(--u)) solid #ffffff;
      font-size: calc(32 * var(--u));
      line-height: 1.35;
    }
    .dot {
      width: calc(20 * var(--u));
      height: calc(20 * var(--u));
      border-radius: 50%;
      background: #f59e0b;
    }
    .offline .dot {
      background: #ef4444;
    }
    @media (min-aspect-ratio: 4/1) {
      :host {
        top: calc(16 * var(--u));
        bottom: auto;
      }
    }
  `;

  override render() {
    if (!this.offline && !this.problem) return nothing;
    const label = this.offline ? 'Ngoại tuyến' : 'Lỗi đồng bộ';
    return html`<div class="badge ${this.offline ? 'offline' : ''}" data-testid="status" title=${this.problem ?? ''}>
      <span class="dot"></span>${label}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-status': PlayerStatus;
  }
}
