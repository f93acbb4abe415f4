import { css, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SlidePlan } from '../playback/playback-controller.js';
import { pageDurationsMs } from '../playback/reading-time.js';
import { type FitSubject, fitSlide, type SlideFit, showPage } from '../render/fit-slide.js';
import { visibleChars } from '../render/visible-chars.js';

const PAGE_FADE_MS = 400;

/**
 * What every slide element shares: the stage sets `plan`, awaits `prepare()` while the slide is
 * still hidden (it is laid out, fitted and paced there), then sets `active` when it is swapped
 * in (and clears it when it leaves). Pages turn by themselves while active.
 */
export abstract class SlideElement extends LitElement {
  @property({ attribute: false }) plan!: SlidePlan;
  @property({ type: Boolean }) active = false;

  /** More time than the plan gives, when the slide needs it (pages to read, text to scroll). */
  minDurationMs = 0;
  /** How the slide was fitted; null for a slide without text to fit. */
  fit: SlideFit | null = null;
  /** Each page's time on screen, at least its reading time. */
  pageMs: number[] = [];
  /** The page on screen, from 0, as the heartbeat reports it. */
  page = 0;

  #subject: FitSubject | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** The parts the fit engine works on; null when the slide has nothing to fit. */
  protected fitSubject(): FitSubject | null {
    return null;
  }

  /** Resolves once the slide can be shown without a blank or half-drawn frame. */
  async prepare(): Promise<void> {
    await this.updateComplete;
    await document.fonts.ready;
    await this.prepareMedia();
    this.layOut();
  }

  /** Waits for pictures and video to be ready to paint. */
  protected async prepareMedia(): Promise<void> {}

  /** Fits the slide at its real size and paces its pages by their reading time. */
  protected layOut(): void {
    const subject = this.fitSubject();
    this.#subject = subject;
    let pageChars = [visibleChars(this.renderRoot, true)];
    if (subject) {
      const fit = fitSlide(subject);
      this.fit = fit;
      pageChars = fit.pages.map((_, i) => {
        showPage(subject, fit, i);
        return visibleChars(this.renderRoot, i === 0);
      });
      showPage(subject, fit, 0);
    }
    const { slide, durationMs, manifest } = this.plan;
    const charsPerSecond = manifest.agency.readingCharsPerSecond;
    this.pageMs = pageDurationsMs(pageChars, slide, durationMs, charsPerSecond);
    this.minDurationMs = this.pageMs.reduce((sum, ms) => sum + ms, 0);
  }

  override updated(changed: Map<string, unknown>): void {
    if (!changed.has('active')) return;
    clearTimeout(this.#timer);
    if (!this.active) return;
    const first = Math.min(this.plan.page ?? 0, this.pageMs.length - 1);
    this.enterPage(first, false);
    if (this.pageMs.length > 1) this.#turnAfter(first);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** Shows page `page`; `turning` when it replaces another page on screen. */
  enterPage(page: number, turning: boolean): void {
    this.page = page;
    const subject = this.#subject;
    if (!subject || !this.fit) return;
    showPage(subject, this.fit, page);
    if (turning && this.plan.manifest.agency.crossfade) fadeIn(this.fit.pages[page] ?? [], subject);
  }

  #turnAfter(page: number): void {
    this.#timer = setTimeout(() => {
      const next = (page + 1) % this.pageMs.length;
      this.enterPage(next, true);
      this.#turnAfter(next);
    }, this.pageMs[page]);
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
    [hidden] {
      display: none !important;
    }
    /*
     * The heading and its "x/y" pager, on one line while the heading keeps ten letters' width
     * beside it; in a narrow zone the pager goes under it rather than squeeze it word by word.
     */
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 calc(32 * var(--u));
    }
    h1 {
      flex: 1 1 0;
      min-width: min(100%, 10em);
      margin: 0;
      font-size: calc(max(64, 72 * var(--fit, 1)) * var(--u));
      font-weight: 700;
      line-height: 1.3;
      text-wrap: balance;
      overflow-wrap: anywhere;
    }
    .pager {
      flex: none;
      margin-left: auto;
      align-self: flex-start;
      padding: 0 calc(16 * var(--u));
      border-radius: calc(8 * var(--u));
      background: #000000;
      color: #ffffff;
      font-size: calc(32 * var(--u));
      font-weight: 700;
      line-height: 1.35;
      white-space: nowrap;
    }
  `;
}

function fadeIn(page: readonly number[], subject: FitSubject): void {
  for (const i of page) {
    subject.items[i]?.animate([{ opacity: 0 }, { opacity: 1 }], { duration: PAGE_FADE_MS });
  }
}

/** A media file's URL: the service worker answers it from the cache the page verified into. */
export function mediaSrc(plan: SlidePlan, sha256: string): string {
  const ref = plan.manifest.media.find((m) => m.sha256 === sha256);
  return ref ? ref.url : `/media/${sha256}`;
}
