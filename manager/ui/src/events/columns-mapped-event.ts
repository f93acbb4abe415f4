import type { ColumnMapping } from '@bangtin/shared';

/** The admin chose which field a column of an imported file fills. */
export class ColumnsMappedEvent extends Event {
  static readonly eventName = 'columns-mapped' as const;

  constructor(readonly mapping: ColumnMapping) {
    super(ColumnsMappedEvent.eventName);
  }
}

declare global {
  interface HTMLElementEventMap {
    [ColumnsMappedEvent.eventName]: ColumnsMappedEvent;
  }
}
