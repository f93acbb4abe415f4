/** The conflict panel asks the editor to give the entry this priority (to outrank what hides it). */
export class PriorityChosenEvent extends Event {
  static readonly eventName = 'priority-chosen';

  constructor(readonly priority: number) {
    super(PriorityChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'priority-chosen': PriorityChosenEvent;
  }
}
