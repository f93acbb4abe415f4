import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SyncProgress } from '../sync/media-sync.js';

/** First sync: how many files and bytes have arrived, and the last problem if any. */
@customElement('player-sync-progress')
export class PlayerSyncProgress extends LitElement {
  @property({ attribute: false }) progress: SyncProgress | null = null;
  @property() problem: string | null = null;

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
    }
    .bar {
      width: min(80%, calc(1200 * var(--u)));
      height: calc(32 * var(--u));
      border-radius: calc(16 * var(--u));
      background: #23466e;
      overflow: hidden;
    }
    .fill {
      height: 100%;
      background: #ffd54a;
    }
    .count,
    .problem {
      font-size: calc(40 * var(--u));
    }
    .problem {
      color: #ffe9a3;
    }
    /* On a strip board: one row, title beside the bar. */
    @media (min-aspect-ratio: 4/1) {
      :host {
        flex-direction: row;
        gap: calc(32 * var(--u));
        padding: calc(16 * var(--u)) calc(48 * var(--u));
      }
      h1 {
        white-space: nowrap;
      }
      .bar {
        flex: 1 1 0;
      }
      .problem {
        display: none;
      }
    }
  `;

  override render() {
    const p = this.progress;
    const share = p && p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : p ? 1 : 0;
    return html`
      <h1>Đang tải nội dung…</h1>
      <div class="bar"><div class="fill" style="width: ${(share * 100).toFixed(1)}%"></div></div>
      ${
        p
          ? html`<div class="count">
              ${p.filesDone}/${p.filesTotal} tệp · ${megabytes(p.bytesDone)}/${megabytes(p.bytesTotal)} MB
            </div>`
          : nothing
      }
      ${this.problem ? html`<div class="problem">${this.problem}</div>` : nothing}
    `;
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

declare global {
  interface HTMLElementTagNameMap {
    'player-sync-progress': PlayerSyncProgress;
  }
}
