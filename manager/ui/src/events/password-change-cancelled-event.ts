/** The user closed the change-password form without changing anything. */
export class PasswordChangeCancelledEvent extends Event {
  static readonly eventName = 'password-change-cancelled' as const;

  constructor() {
    super(PasswordChangeCancelledEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [PasswordChangeCancelledEvent.eventName]: PasswordChangeCancelledEvent;
  }
}
