/** The editor signed out. */
export class SignedOutEvent extends Event {
  static readonly eventName = 'signed-out' as const;

  constructor() {
    super(SignedOutEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [SignedOutEvent.eventName]: SignedOutEvent;
  }
}
