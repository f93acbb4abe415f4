import {
  PREVIEW_MESSAGE,
  type PreviewFit,
  PreviewFitSchema,
  type PreviewMessage,
  PreviewReadySchema,
} from '@bangtin/shared';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { SlideFitsMeasuredEvent } from '../events/slide-fits-measured-event.js';

// A slide the player cannot show (a broken file) never answers: move on after this long.
const ANSWER_TIMEOUT_MS = 8_000;

/** One slide to measure, under a key of the caller's choosing. */
export interface FitRequest {
  key: string;
  message: Omit<PreviewMessage, 'type'>;
}

/**
 * The real player in a hidden, full-size preview frame: each requested slide is shown in turn and
 * the player's fit engine answers how it lays it out and for how long. Fires
 * `slide-fits-measured` with every answer so far; measures only what it has not measured yet.
 */
@customElement('slide-fit-probe')
export class SlideFitProbe extends LitElement {
  @property({ attribute: false }) requests: readonly FitRequest[] = [];

  @query('iframe') private frame!: HTMLIFrameElement;

  static override styles = css`
    :host {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
      visibility: hidden;
    }
  `;

  readonly #fits = new Map<string, PreviewFit>();
  readonly #unanswered = new Set<string>();
  #ready = false;
  #current: FitRequest | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly #onMessage = (event: MessageEvent) => {
    if (event.source !== this.frame?.contentWindow) return;
    const fit = PreviewFitSchema.safeParse(event.data);
    if (PreviewReadySchema.safeParse(event.data).success) {
      this.#ready = true;
      this.#next();
    } else if (fit.success && this.#current) {
      this.#fits.set(this.#current.key, fit.data);
      this.dispatchEvent(new SlideFitsMeasuredEvent(new Map(this.#fits)));
      this.#current = null;
      this.#next();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
    clearTimeout(this.#timer);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('requests')) this.#next();
  }

  override render() {
    return html`<iframe src="/?preview=1" width="1920" height="1080" tabindex="-1" aria-hidden="true"></iframe>`;
  }

  #next(): void {
    if (!this.#ready || this.#current) return;
    const request = this.requests.find(
      (r) => !this.#fits.has(r.key) && !this.#unanswered.has(r.key),
    );
    if (!request) return;
    this.#current = request;
    const message: PreviewMessage = { type: PREVIEW_MESSAGE, ...request.message };
    this.frame.contentWindow?.postMessage(message, window.location.origin);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#current !== request) return;
      this.#current = null;
      this.#unanswered.add(request.key);
      this.#next();
    }, ANSWER_TIMEOUT_MS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-fit-probe': SlideFitProbe;
  }
}
