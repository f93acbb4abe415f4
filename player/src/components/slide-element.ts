import { css, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SlidePlan } from '../playback/playback-controller.js';

/**
 * What every slide element shares: the stage sets `plan`, awaits `prepare()` while the slide is
 * still hidden, then sets `active` when it is swapped in (and clears it when it leaves).
 */
export abstract class SlideElement extends LitElement {
  @property({ attribute: false }) plan!: SlidePlan;
  @property({ type: Boolean }) active = false;

  /** More time than the plan gives, when the slide needs it (text still to scroll). */
  minDurationMs = 0;

  /** Resolves once the slide can be shown without a blank or half-drawn frame. */
  async prepare(): Promise<void> {
    await this.updateComplete;
    await document.fonts.ready;
  }

  static baseStyles = css`
    :host {
      display: block;
      position: absolute;
      inset: 0;
      overflow: hidden;
      box-sizing: border-box;
      font-family: var(--font);
      line-height: 1.35;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h1 {
      margin: 0;
      font-size: calc(72 * var(--u));
      font-weight: 700;
      line-height: 1.3;
      text-wrap: balance;
    }
  `;
}

/** A media file's URL: the service worker answers it from the cache the page verified into. */
export function mediaSrc(plan: SlidePlan, sha256: string): string {
  const ref = plan.manifest.media.find((m) => m.sha256 === sha256);
  return ref ? ref.url : `/media/${sha256}`;
}
