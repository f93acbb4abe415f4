import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatClock } from '../render/format-clock.js';

/** Time and date in Vietnamese conventions, on the clock corrected by the server's time. */
@customElement('player-clock')
export class PlayerClock extends LitElement {
  @property() timeZone = 'Asia/Ho_Chi_Minh';
  @property({ attribute: false }) now: () => number = Date.now;
  @state() private tick = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      line-height: 1.3;
      font-variant-numeric: tabular-nums;
    }
    .time {
      font-size: calc(var(--clock-size, 64) * var(--u));
      font-weight: 700;
    }
    .date {
      font-size: calc(var(--date-size, 32) * var(--u));
      font-weight: 600;
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  override render() {
    void this.tick;
    const { time, date } = formatClock(this.now(), this.timeZone);
    return html`<div class="time">${time}</div><div class="date">${date}</div>`;
  }

  #schedule(): void {
    // Wake just after each second turns over, on the corrected clock.
    this.#timer = setTimeout(
      () => {
        this.tick++;
        this.#schedule();
      },
      1000 - (this.now() % 1000 || 0) + 20,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-clock': PlayerClock;
  }
}
