/** An urgent notice was sent or withdrawn: lists and week views showing entries reload. */
export class UrgentNoticeChangedEvent extends Event {
  static readonly eventName = 'urgent-notice-changed';

  constructor() {
    super(UrgentNoticeChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'urgent-notice-changed': UrgentNoticeChangedEvent;
  }
}
