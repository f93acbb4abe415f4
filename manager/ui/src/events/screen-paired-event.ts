import type { Screen } from '@bangtin/shared';

/** An editor claimed a pairing code; the screen now exists on the server. */
export class ScreenPairedEvent extends Event {
  static readonly eventName = 'screen-paired' as const;

  constructor(readonly screen: Screen) {
    super(ScreenPairedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [ScreenPairedEvent.eventName]: ScreenPairedEvent;
  }
}
