/** Fired on window when the server answers 401 to a signed-in call. */
export class SessionExpiredEvent extends Event {
  static readonly eventName = 'session-expired' as const;

  constructor() {
    super(SessionExpiredEvent.eventName);
  }
}

declare global {
  interface WindowEventMap {
    [SessionExpiredEvent.eventName]: SessionExpiredEvent;
  }
}
