import { effectiveLayout, type Manifest, ZONE_NAMES } from '@bangtin/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { tickerText } from '../playback/hotline-selection.js';
import type { QueueFeed } from '../queue/queue-feed.js';
import type { SyncProgress } from '../sync/media-sync.js';
import './player-idle.js';
import './player-layout-full.js';
import './player-pairing.js';
import './player-stage.js';
import './player-status.js';
import './player-sync-progress.js';
import type { PlayerStage } from './player-stage.js';
import './player-zone.js';
import type { ZoneHooks } from './player-zone.js';

export type AppState = 'unpaired' | 'syncing' | 'playing' | 'off' | 'idle';

const IDENTIFY_MS = 10_000;

/** The whole screen; reflects its state as `data-state` for tests and for styling. */
@customElement('player-app')
export class PlayerApp extends LitElement {
  @property({ reflect: true, attribute: 'data-state' }) state: AppState = 'syncing';
  @state() pairingCode: string | null = null;
  @state() progress: SyncProgress | null = null;
  @state() problem: string | null = null;
  @state() offline = false;
  @state() manifest: Manifest | null = null;
  /** The schedule entry the main zone plays (its template may replace the screen's). */
  @state() entryId: string | null = null;
  @state() private identifying = false;
  @query('player-stage') stage!: PlayerStage | null;

  /** The corrected clock, set by the runtime. */
  now: () => number = Date.now;
  /** Where the zones' loops report; null in the preview. */
  zoneHooks: ZoneHooks | null = null;
  queueFeed: QueueFeed | null = null;

  #identifyTimer: ReturnType<typeof setTimeout> | undefined;

  static override styles = css`
    :host {
      display: block;
      position: relative;
      width: 100vw;
      height: 100vh;
      overflow: hidden;
      background: #000;
    }
    .black {
      position: absolute;
      inset: 0;
      z-index: 5;
      background: #000;
    }
    .identify {
      position: absolute;
      inset: 0;
      z-index: 20;
      display: flex;
      align-items: center;
      justify-content: center;
      padding: calc(64 * var(--u));
      background: rgba(122, 20, 20, 0.94);
      color: #ffffff;
      font-size: calc(120 * var(--u));
      font-weight: 700;
      line-height: 1.3;
      text-align: center;
      overflow-wrap: anywhere;
    }
    player-idle,
    player-sync-progress {
      z-index: 4;
    }
    /* Off is pure black: nothing under the black moves or paints (the ticker, the clock); nor do
       the zones under the idle screen. */
    :host([data-state='off']) player-layout-full,
    :host([data-state='off']) player-stage,
    :host([data-state='idle']) player-zone {
      visibility: hidden;
    }
  `;

  /** Shows the screen's name over everything for a few seconds, so an editor can find it. */
  identify(): void {
    clearTimeout(this.#identifyTimer);
    this.identifying = true;
    this.#identifyTimer = setTimeout(() => {
      this.identifying = false;
    }, IDENTIFY_MS);
  }

  override render() {
    return html`
      ${this.#screen()}
      ${
        this.identifying && this.manifest
          ? html`<div class="identify" data-testid="identify">${this.manifest.screen.name}</div>`
          : nothing
      }
      ${
        this.state === 'off'
          ? nothing
          : html`<player-status .offline=${this.offline} .problem=${this.problem}></player-status>`
      }
    `;
  }

  #screen() {
    if (this.state === 'unpaired') {
      return html`<player-pairing .code=${this.pairingCode} .managerAddress=${location.origin}></player-pairing>`;
    }
    const manifest = this.manifest;
    const progress = html`<player-sync-progress .progress=${this.progress} .problem=${this.problem}></player-sync-progress>`;
    if (!manifest) return progress;
    const { agency, screen } = manifest;
    // The stage is laid out under any overlay, so that the first slide can be prepared there.
    const overlay =
      this.state === 'off'
        ? html`<div class="black"></div>`
        : this.state === 'idle'
          ? html`<player-idle ?strip=${screen.layout === 'strip'} .agencyName=${agency.agencyName} .timeZone=${screen.timeZone} .now=${this.now}></player-idle>`
          : this.state === 'syncing'
            ? progress
            : nothing;
    const { layout, zones } = effectiveLayout(manifest, this.entryId);
    if (layout === 'strip') {
      return html`<player-stage layout="strip"></player-stage>${overlay}`;
    }
    // A preview's manifest lists no files: its logo comes straight from the manager.
    const logo = agency.logoSha256
      ? (manifest.media.find((m) => m.sha256 === agency.logoSha256)?.url ??
        `/media/${agency.logoSha256}`)
      : undefined;
    return html`
      <player-layout-full
        .agencyName=${agency.agencyName}
        .agencySubtitle=${agency.agencySubtitle}
        .logoUrl=${logo ?? null}
        .ticker=${tickerText(agency.tickerText, manifest.hotlines)}
        .tickerCharsPerSecond=${agency.tickerCharsPerSecond}
        .timeZone=${screen.timeZone}
        .now=${this.now}
        .template=${layout}
      >
        <player-stage layout="full"></player-stage>
        ${ZONE_NAMES.map((name) => {
          const content = zones[name];
          return content
            ? html`<player-zone slot="zone" data-zone=${name} .content=${content} .manifest=${manifest} .hooks=${this.zoneHooks} .feed=${this.queueFeed}></player-zone>`
            : nothing;
        })}
      </player-layout-full>
      ${overlay}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-app': PlayerApp;
  }
}
