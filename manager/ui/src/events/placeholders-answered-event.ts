/** The admin chose how to import cells that look like placeholders. */
export class PlaceholdersAnsweredEvent extends Event {
  static readonly eventName = 'placeholders-answered' as const;

  constructor(readonly choice: 'blank' | 'keep') {
    super(PlaceholdersAnsweredEvent.eventName);
  }
}

declare global {
  interface HTMLElementEventMap {
    [PlaceholdersAnsweredEvent.eventName]: PlaceholdersAnsweredEvent;
  }
}
