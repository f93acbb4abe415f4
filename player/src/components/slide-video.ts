import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { SlideEndedEvent } from '../events/slide-ended-event.js';
import { SlideFailedEvent } from '../events/slide-failed-event.js';
import { playToEndCapMs } from '../playback/slide-duration.js';
import type { VideoPool } from '../playback/video-pool.js';
import { mediaSrc, SlideElement } from './slide-element.js';

const READY_TIMEOUT_MS = 10_000;

/**
 * A muted video from the stage's pool of two, with an optional caption: it loops for the item's
 * time, or with `playToEnd` plays once and ends the slide when it ends.
 */
@customElement('slide-video')
export class SlideVideo extends SlideElement {
  @property({ attribute: false }) pool!: VideoPool;

  #video: HTMLVideoElement | null = null;

  static override styles = [
    SlideElement.baseStyles,
    css`
      :host {
        background: #000;
      }
      .frame {
        position: absolute;
        inset: 0;
      }
      video {
        width: 100%;
        height: 100%;
        object-fit: contain;
        display: block;
      }
      .caption {
        position: absolute;
        left: 0;
        right: 0;
        bottom: 0;
        padding: calc(20 * var(--u)) calc(48 * var(--u));
        background: rgba(6, 26, 46, 0.92);
        color: #fff;
        font-size: calc(40 * var(--u));
      }
    `,
  ];

  override render() {
    const slide = this.plan.slide;
    if (slide.kind !== 'video') return nothing;
    return html`
      <div class="frame"></div>
      ${slide.caption ? html`<div class="caption">${slide.caption}</div>` : nothing}
    `;
  }

  override async prepare(): Promise<void> {
    await super.prepare();
    const slide = this.plan.slide;
    if (slide.kind !== 'video') return;
    const video = this.pool.acquire();
    if (!video) throw new Error('no free video element');
    this.#video = video;
    video.addEventListener('error', this.#failed);
    video.addEventListener('ended', this.#ended);
    video.loop = !slide.playToEnd;
    this.renderRoot.querySelector('.frame')?.append(video);
    video.src = mediaSrc(this.plan, slide.mediaSha256);
    await loaded(video);
    // The loop's timer is then only a safety net: `ended` moves on.
    if (slide.playToEnd) this.minDurationMs = playToEndCapMs(this.plan.durationMs, video.duration);
  }

  override updated(changed: Map<string, unknown>): void {
    if (!changed.has('active') || !this.#video) return;
    if (this.active) this.#video.play().catch((error) => this.#failed(error));
    else this.#video.pause();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.#video) return;
    this.#video.removeEventListener('error', this.#failed);
    this.#video.removeEventListener('ended', this.#ended);
    this.pool.release(this.#video);
    this.#video = null;
  }

  #ended = () => {
    if (this.active) this.dispatchEvent(new SlideEndedEvent());
  };

  #failed = (reason: unknown) => {
    if (this.active) this.dispatchEvent(new SlideFailedEvent(`video: ${String(reason)}`));
  };
}

/** Resolves when the first frame can be drawn; rejects on error or after a timeout. */
function loaded(video: HTMLVideoElement): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: string) => {
      clearTimeout(timer);
      video.removeEventListener('loadeddata', onLoaded);
      video.removeEventListener('error', onError);
      if (error) reject(new Error(error));
      else resolve();
    };
    const onLoaded = () => done();
    const onError = () => done(`video error ${video.error?.code ?? ''}`);
    const timer = setTimeout(() => done('video not ready in time'), READY_TIMEOUT_MS);
    video.addEventListener('loadeddata', onLoaded);
    video.addEventListener('error', onError);
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-video': SlideVideo;
  }
}
