import type { Hotline } from '@bangtin/shared';

/** A hotline was created or updated on the server. */
export class HotlineSavedEvent extends Event {
  static readonly eventName = 'hotline-saved' as const;

  constructor(readonly hotline: Hotline) {
    super(HotlineSavedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [HotlineSavedEvent.eventName]: HotlineSavedEvent;
  }
}
