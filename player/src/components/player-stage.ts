import { css, html, LitElement } from 'lit';
import { customElement, property, queryAll } from 'lit/decorators.js';
import type { SlidePlan } from '../playback/playback-controller.js';
import { VideoPool } from '../playback/video-pool.js';
import { createSlideElement } from './create-slide-element.js';
import type { SlideElement } from './slide-element.js';

/** How a slide was fitted and paced, as the preview reports it to the editor. */
export interface ShownFit {
  minDurationMs: number;
  pageMs: number[];
  atFloor: boolean;
}

const PREPARE_TIMEOUT_MS = 12_000;
const CROSSFADE_MS = 500;

/**
 * Two stacked buffers: the next slide is rendered and prepared in the hidden one, then fades in
 * over the old one (or cuts, when the crossfade is off), so the screen never shows a blank or
 * half-drawn frame. The visible buffer (and the stage itself) carry `data-slide-id` and
 * `data-slide-kind`.
 */
@customElement('player-stage')
export class PlayerStage extends LitElement {
  @property() layout: 'full' | 'strip' = 'full';

  @queryAll('.buffer') private buffers!: NodeListOf<HTMLDivElement>;

  #pool = new VideoPool();
  #visible = 0;
  #request = 0;
  /** Ends a crossfade still running: the new slide fully shown, the old one removed. */
  #endFade: (() => void) | null = null;

  static override styles = css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      width: 100%;
      height: 100%;
    }
    /* A container: slides arrange for the zone's shape (a narrow zone stacks, as portrait
       does), not the screen's. */
    .buffer {
      position: absolute;
      inset: 0;
      visibility: hidden;
      container-type: size;
    }
    .buffer.visible {
      visibility: visible;
      z-index: 1;
    }
    .buffer.leaving {
      visibility: visible;
    }
  `;

  override render() {
    return html`<div class="buffer visible"></div><div class="buffer"></div>`;
  }

  /** Prepares `plan` off screen, then swaps it in; rejects if the slide cannot be shown. */
  async show(plan: SlidePlan): Promise<ShownFit> {
    await this.updateComplete;
    const request = ++this.#request;
    this.#endFade?.();
    const hidden = this.buffers[1 - this.#visible]!;
    hidden.replaceChildren();
    const element = createSlideElement(plan, this.layout, this.#pool);
    hidden.append(element);
    try {
      await withTimeout(element.prepare(), PREPARE_TIMEOUT_MS);
    } catch (error) {
      element.remove();
      throw error;
    }
    // A newer request took over while this one was preparing.
    if (request !== this.#request) return { minDurationMs: 0, pageMs: [], atFloor: false };
    this.#swap(hidden, plan);
    element.active = true;
    const { minDurationMs, pageMs, fit } = element;
    return { minDurationMs, pageMs, atFloor: fit?.atFloor ?? false };
  }

  /** The visible slide's page, from 0; null when nothing shows. */
  get page(): number | null {
    return (this.buffers[this.#visible]?.firstElementChild as SlideElement | null)?.page ?? null;
  }

  /** Removes whatever shows (before going black or idle), stopping any video. */
  clear(): void {
    this.#request++;
    this.#endFade?.();
    for (const buffer of this.buffers) buffer.replaceChildren();
    this.removeAttribute('data-slide-id');
    this.removeAttribute('data-slide-kind');
  }

  #swap(next: HTMLDivElement, plan: SlidePlan): void {
    this.#endFade?.();
    const previous = this.buffers[this.#visible]!;
    // A slide that follows itself (a one-slide loop) changes nothing on screen: no fade.
    const replay = previous.dataset.slideId === plan.slide.id;
    next.classList.add('visible');
    next.dataset.slideId = plan.slide.id;
    next.dataset.slideKind = plan.slide.kind;
    previous.classList.remove('visible');
    delete previous.dataset.slideId;
    delete previous.dataset.slideKind;
    for (const old of previous.children) (old as SlideElement).active = false;
    this.#visible = 1 - this.#visible;
    this.dataset.slideId = plan.slide.id;
    this.dataset.slideKind = plan.slide.kind;
    if (!plan.manifest.agency.crossfade || previous.childElementCount === 0 || replay) {
      previous.replaceChildren();
      return;
    }
    // The old slide stays under the new one until the new one is fully opaque.
    previous.classList.add('leaving');
    const leaving = [...previous.children];
    const fade = next.animate([{ opacity: 0 }, { opacity: 1 }], { duration: CROSSFADE_MS });
    const end = () => {
      if (this.#endFade !== end) return;
      this.#endFade = null;
      fade.cancel();
      previous.classList.remove('leaving');
      for (const old of leaving) old.remove();
    };
    this.#endFade = end;
    fade.onfinish = end;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'player-stage': PlayerStage;
  }
}
