import type { Manifest, ZoneContent } from '@bangtin/shared';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { SlideFailedEvent } from '../events/slide-failed-event.js';
import {
  type PlaybackClock,
  PlaybackController,
  type PlaybackHooks,
} from '../playback/playback-controller.js';
import type { QueueFeed } from '../queue/queue-feed.js';
import type { PlayerStage } from './player-stage.js';
import './player-stage.js';
import './queue-zone.js';

/** What a zone's loop reports to (proof of play, problems), and the clock it plays on. */
export interface ZoneHooks extends Pick<PlaybackHooks, 'played' | 'failed'> {
  clock: PlaybackClock;
}

const PREVIEW_HOOKS: ZoneHooks = { clock: { now: Date.now }, played() {}, failed() {} };

/**
 * One zone beside the main one: a playlist looping on its own stage and timing (the same loop
 * as the main zone, with the zone's playlist as its only answer), or the queue's calls.
 */
@customElement('player-zone')
export class PlayerZone extends LitElement {
  @property({ attribute: false }) content!: ZoneContent;
  @property({ attribute: false }) manifest!: Manifest;
  @property({ attribute: false }) hooks: ZoneHooks | null = null;
  @property({ attribute: false }) feed: QueueFeed | null = null;
  @query('player-stage') private stage!: PlayerStage | null;

  #loop: PlaybackController | null = null;
  #playlistId: string | null = null;

  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-width: 0;
      min-height: 0;
      overflow: hidden;
    }
  `;

  override render() {
    const { content } = this;
    return content.kind === 'queue'
      ? html`<queue-zone .counters=${content.counters} .feed=${this.feed} .speak=${this.manifest.screen.speakCalls}></queue-zone>`
      : html`<player-stage
          @slide-failed=${this.#slideFailed}
          @slide-ended=${this.#slideEnded}
        ></player-stage>`;
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('content') && !changed.has('manifest')) return;
    const playlistId = this.content.kind === 'playlist' ? this.content.playlistId : null;
    const manifest = this.manifest;
    if (playlistId !== this.#playlistId) this.#stop();
    this.#playlistId = playlistId;
    if (playlistId === null) return;
    // The zone plays its playlist whatever the schedule says: the schedule chose this zone.
    const own = {
      ...manifest,
      schedule: [],
      screen: { ...manifest.screen, defaultPlaylistId: playlistId },
    };
    if (this.#loop) {
      this.#loop.replaceManifest(own);
      return;
    }
    const hooks = this.hooks ?? PREVIEW_HOOKS;
    const stage = () => this.stage;
    this.#loop = new PlaybackController(
      own,
      {
        showSlide: async (plan) => {
          await this.updateComplete;
          return stage()!.show(plan);
        },
        showOff: () => stage()?.clear(),
        showIdle: () => stage()?.clear(),
      },
      hooks.clock,
      { played: hooks.played, failed: hooks.failed, manifestApplied() {} },
    );
    this.#loop.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
    this.#playlistId = null;
  }

  /** A zone's failing slide moves on the zone's loop, never the main one. */
  #slideFailed(event: SlideFailedEvent): void {
    event.stopPropagation();
    this.hooks?.failed(event.reason);
    this.#loop?.skip();
  }

  #slideEnded(event: Event): void {
    event.stopPropagation();
    this.#loop?.skip();
  }

  #stop(): void {
    this.#loop?.stop();
    this.#loop = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'player-zone': PlayerZone;
  }
}
