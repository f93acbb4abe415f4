/** A slide finished before its time was up (a video played to its end). */
export class SlideEndedEvent extends Event {
  static readonly eventName = 'slide-ended';

  constructor() {
    super(SlideEndedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'slide-ended': SlideEndedEvent;
  }
}
