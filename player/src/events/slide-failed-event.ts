/** A slide that was showing could not go on (a video stopped decoding, say). */
export class SlideFailedEvent extends Event {
  static readonly eventName = 'slide-failed';

  constructor(readonly reason: string) {
    super(SlideFailedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'slide-failed': SlideFailedEvent;
  }
}
