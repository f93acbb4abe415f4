import type { PreviewFit } from '@bangtin/shared';

/** The hidden player measured slides: every answer so far, by request key. */
export class SlideFitsMeasuredEvent extends Event {
  static readonly eventName = 'slide-fits-measured' as const;

  constructor(readonly fits: ReadonlyMap<string, PreviewFit>) {
    super(SlideFitsMeasuredEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [SlideFitsMeasuredEvent.eventName]: SlideFitsMeasuredEvent;
  }
}
