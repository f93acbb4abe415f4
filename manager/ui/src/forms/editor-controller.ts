import { msg } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { describeFailure } from '../i18n/describe-failure.js';
import { DirtyController } from './dirty-controller.js';
import { errorsFromFailure, type FieldErrors, NO_ERRORS, type Validation } from './field-errors.js';

/** What an editor does on save, in order: check the draft, send it, then go on. */
export interface SaveSteps<Input, Saved> {
  /**
   * The draft checked with the shared schema the server applies (`event` is the form's submit);
   * null: not now, and nothing to say (the editor shows why itself).
   */
  check(event?: Event): Validation<Input> | null;
  submit(input: Input): Promise<Saved>;
  /** After the server accepted it and the draft counts as clean: navigate, notify, … */
  saved(saved: Saved): void;
  /** Also say above the form that fields need fixing, not only beside them. */
  announceInvalid?: boolean;
}

/**
 * The save block every editor shares: field errors from the schema or the server's 400, one
 * failure line, the saving flag that disables the button, and dirty tracking for the shell. It
 * composes the host's DirtyController (registered with the host), so it needs no hooks itself.
 */
export class EditorController<Input, Saved> {
  readonly dirty: DirtyController;
  #errors: FieldErrors = NO_ERRORS;
  #failure: string | null = null;
  #saving = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    snapshot: () => unknown,
    private readonly steps: SaveSteps<Input, Saved>,
  ) {
    this.dirty = new DirtyController(host, snapshot);
  }

  get errors(): FieldErrors {
    return this.#errors;
  }

  set errors(errors: FieldErrors) {
    this.#errors = errors;
    this.host.requestUpdate();
  }

  get failure(): string | null {
    return this.#failure;
  }

  set failure(failure: string | null) {
    this.#failure = failure;
    this.host.requestUpdate();
  }

  get saving(): boolean {
    return this.#saving;
  }

  /** Takes the current draft as the saved state (after loading it). */
  markClean(): void {
    this.dirty.markClean();
  }

  /** Forgets the error of a field the user has just changed. */
  fixed(key: string): void {
    if (!this.#errors[key]) return;
    const { [key]: _fixed, ...rest } = this.#errors;
    this.errors = rest;
  }

  /** Validates, sends and hands the answer on; a refusal lands on the fields and the line. */
  async save(event?: Event): Promise<void> {
    event?.preventDefault();
    this.failure = null;
    const checked = this.steps.check(event);
    if (checked === null) return;
    if (!checked.ok) {
      this.errors = checked.errors;
      if (this.steps.announceInvalid) {
        this.failure = msg('Thông tin chưa hợp lệ. Hãy sửa các ô được đánh dấu.', {
          id: 'failure.invalid',
        });
      }
      return;
    }
    this.#setSaving(true);
    try {
      const saved = await this.steps.submit(checked.data);
      this.#errors = NO_ERRORS;
      this.dirty.markClean();
      this.steps.saved(saved);
    } catch (error) {
      this.#errors = errorsFromFailure(error);
      this.failure = describeFailure(error);
    } finally {
      this.#setSaving(false);
    }
  }

  #setSaving(saving: boolean): void {
    this.#saving = saving;
    this.host.requestUpdate();
  }
}
