import type { SessionUser } from '../api/session.js';

/** The sign-in form succeeded. */
export class SignedInEvent extends Event {
  static readonly eventName = 'signed-in' as const;

  constructor(readonly user: SessionUser) {
    super(SignedInEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [SignedInEvent.eventName]: SignedInEvent;
  }
}
