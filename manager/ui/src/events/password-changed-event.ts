/** The signed-in user changed their password. */
export class PasswordChangedEvent extends Event {
  static readonly eventName = 'password-changed' as const;

  constructor() {
    super(PasswordChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [PasswordChangedEvent.eventName]: PasswordChangedEvent;
  }
}
