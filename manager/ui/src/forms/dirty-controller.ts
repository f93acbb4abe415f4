import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DirtyChangedEvent } from '../events/dirty-changed-event.js';

/**
 * Compares a form's draft with what was last loaded or saved, and tells the app shell when that
 * flips, so that the shell can confirm before navigating away from unsaved changes.
 */
export class DirtyController implements ReactiveController {
  private baseline: string | null = null;
  private dirty = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly snapshot: () => unknown,
  ) {
    host.addController(this);
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Takes the current draft as the saved state. */
  markClean(): void {
    this.baseline = JSON.stringify(this.snapshot());
    this.refresh();
  }

  hostUpdated(): void {
    this.refresh();
  }

  private refresh(): void {
    const dirty = this.baseline !== null && JSON.stringify(this.snapshot()) !== this.baseline;
    if (dirty === this.dirty) return;
    this.dirty = dirty;
    this.host.dispatchEvent(new DirtyChangedEvent(dirty));
  }
}
