/** A form's unsaved-changes state flipped; bubbles out of shadow roots to the app shell. */
export class DirtyChangedEvent extends Event {
  static readonly eventName = 'dirty-changed' as const;

  constructor(readonly dirty: boolean) {
    super(DirtyChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [DirtyChangedEvent.eventName]: DirtyChangedEvent;
  }
}
