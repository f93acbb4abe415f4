/** The server refused a call until the signed-in user changes their password. */
export class PasswordChangeRequiredEvent extends Event {
  static readonly eventName = 'password-change-required' as const;

  constructor() {
    super(PasswordChangeRequiredEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface WindowEventMap {
    [PasswordChangeRequiredEvent.eventName]: PasswordChangeRequiredEvent;
  }
}
