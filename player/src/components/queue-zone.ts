import type { QueueCall } from '@bangtin/shared';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { announceCall } from '../queue/announce-call.js';
import { lastCallPerCounter, type QueueFeed } from '../queue/queue-feed.js';

const HIGHLIGHT_MS = 8_000;

/**
 * The "now serving" zone: a new call highlighted for a few seconds with a chime, then the last
 * number of each counter. While the manager is out of reach it says so instead of the list.
 */
@customElement('queue-zone')
export class QueueZone extends LitElement {
  /** The counters shown here; empty shows every counter. */
  @property({ attribute: false }) counters: readonly string[] = [];
  @property({ attribute: false }) feed: QueueFeed | null = null;
  @property({ type: Boolean }) speak = false;
  @state() private highlight: QueueCall | null = null;

  #unlisten: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      gap: calc(16 * var(--u));
      padding: calc(32 * var(--u));
      background: #0a2540;
      color: #ffffff;
      font-size: calc(40 * var(--u));
      line-height: 1.35;
    }
    h2 {
      margin: 0;
      font-size: calc(48 * var(--u));
      color: #ffd54a;
    }
    ul {
      flex: 1 1 0;
      min-height: 0;
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(calc(460 * var(--u)), 1fr));
      align-content: start;
      gap: calc(12 * var(--u)) calc(32 * var(--u));
      overflow: hidden;
    }
    li {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: calc(16 * var(--u));
      border-bottom: calc(2 * var(--u)) solid #2b4a6b;
    }
    .number {
      font-size: calc(80 * var(--u));
      font-weight: 700;
      line-height: 1.3;
    }
    [hidden] {
      display: none;
    }
    .call {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      text-align: center;
      background: #ffd54a;
      color: #111827;
      font-size: calc(56 * var(--u));
      font-weight: 700;
    }
    .call .number {
      font-size: calc(160 * var(--u));
    }
  `;

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('feed')) return;
    this.#unlisten?.();
    this.#unlisten = this.feed?.listen((live) => this.#changed(live));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    this.#unlisten = undefined;
    clearTimeout(this.#timer);
  }

  override render() {
    const feed = this.feed;
    if (!feed) return nothing;
    const rows = lastCallPerCounter(feed.calls, this.counters);
    const call = this.highlight;
    // A new call takes the whole zone for a few seconds (not while the manager is out of reach).
    if (call && feed.connected) {
      return html`<div class="call" role="alert" data-testid="queue-call">
        <span>Mời số</span><span class="number">${call.number}</span>
        <span>đến quầy ${call.counter}</span>
      </div>`;
    }
    return html`
      <h2>Mời số</h2>
      ${
        !feed.connected
          ? html`<p data-testid="queue-down">Không kết nối được – chưa hiển thị được số gọi</p>`
          : rows.length === 0
            ? html`<p>Chưa có số nào được gọi</p>`
            : html`<ul>${rows.map(
                (row) =>
                  html`<li><span>Quầy ${row.counter}</span><span class="number">${row.number}</span></li>`,
              )}</ul>`
      }
    `;
  }

  /** Rows that would be cut at the bottom are hidden: a number is shown whole or not at all. */
  override updated(): void {
    const list = this.renderRoot.querySelector('ul');
    if (!list) return;
    const bottom = list.getBoundingClientRect().bottom;
    for (const row of list.children) (row as HTMLElement).hidden = false;
    for (const row of list.children) {
      (row as HTMLElement).hidden = row.getBoundingClientRect().bottom > bottom + 0.5;
    }
  }

  #changed(live: QueueCall | null): void {
    // The feed changed in place: the list is drawn again from it.
    this.requestUpdate();
    if (!live || live.action === 'skip') return;
    if (this.counters.length > 0 && !this.counters.includes(live.counter)) return;
    this.highlight = live;
    announceCall(live, this.speak);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.highlight = null;
    }, HIGHLIGHT_MS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'queue-zone': QueueZone;
  }
}
