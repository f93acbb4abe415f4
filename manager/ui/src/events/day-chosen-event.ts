/** The calendar picked a day (`yyyy-mm-dd`). */
export class DayChosenEvent extends Event {
  static readonly eventName = 'day-chosen';

  constructor(readonly day: string) {
    super(DayChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'day-chosen': DayChosenEvent;
  }
}
