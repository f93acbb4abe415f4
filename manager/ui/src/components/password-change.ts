import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiFailure } from '../api/api-failure.js';
import { changePassword } from '../api/session.js';
import { PasswordChangeCancelledEvent } from '../events/password-change-cancelled-event.js';
import { PasswordChangedEvent } from '../events/password-changed-event.js';
import { errorsFromFailure, type FieldErrors, NO_ERRORS } from '../forms/field-errors.js';
import { textField } from '../forms/fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** The server's minimum (`PasswordSchema`). */
const MIN_LENGTH = 8;

interface PasswordDraft {
  current: string;
  next: string;
  repeat: string;
}

function checkDraft(draft: PasswordDraft): FieldErrors {
  const errors: Record<string, string> = {};
  if (!draft.current) {
    errors.currentPassword = msg('Hãy nhập mật khẩu hiện tại.', { id: 'password.currentMissing' });
  }
  if (draft.next.length < MIN_LENGTH) {
    errors.newPassword = msg(str`Mật khẩu mới cần ít nhất ${MIN_LENGTH} ký tự.`, {
      id: 'password.tooShort',
    });
  } else if (draft.next === draft.current) {
    errors.newPassword = msg('Mật khẩu mới phải khác mật khẩu hiện tại.', {
      id: 'password.same',
    });
  }
  if (draft.repeat !== draft.next) {
    errors.repeatPassword = msg('Hai lần nhập mật khẩu mới không khớp.', {
      id: 'password.mismatch',
    });
  }
  return errors;
}

/**
 * The change-password form (`PUT /api/session/password`). `required` is the first sign-in with a
 * generated or reset password: it explains why and offers no way around it.
 */
@customElement('password-change')
@localized()
export class PasswordChange extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        max-width: 30rem;
      }
      .actions {
        display: flex;
        gap: 0.75rem;
      }
    `,
  ];

  @property({ type: Boolean }) required = false;

  @state() private draft: PasswordDraft = { current: '', next: '', repeat: '' };
  @state() private errors: FieldErrors = NO_ERRORS;
  @state() private failure: string | null = null;
  @state() private busy = false;

  private setDraft(patch: Partial<PasswordDraft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.failure = null;
    this.errors = checkDraft(this.draft);
    if (Object.keys(this.errors).length > 0) return;
    this.busy = true;
    try {
      await changePassword(this.draft.current, this.draft.next);
      this.dispatchEvent(new PasswordChangedEvent());
    } catch (error) {
      this.errors = this.serverErrors(error);
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private serverErrors(error: unknown): FieldErrors {
    const errors = { ...errorsFromFailure(error) };
    const wrong =
      error instanceof ApiFailure &&
      error.fieldProblems.some((problem) => problem.path === 'currentPassword');
    if (wrong) {
      errors.currentPassword = msg('Mật khẩu hiện tại không đúng.', { id: 'password.wrong' });
    }
    return errors;
  }

  override render() {
    return html`<h1>${msg('Đổi mật khẩu', { id: 'password.title' })}</h1>
      ${
        this.required
          ? html`<p class="notice" role="status">
            ${msg('Mật khẩu này được cấp tạm thời. Hãy đặt mật khẩu mới trước khi tiếp tục.', {
              id: 'password.requiredNotice',
            })}
          </p>`
          : ''
      }
      <form class="card" @submit=${this.submit} novalidate>
        ${textField({
          id: 'current-password',
          label: msg('Mật khẩu hiện tại', { id: 'password.current' }),
          type: 'password',
          required: true,
          value: this.draft.current,
          autocomplete: 'current-password',
          error: this.errors.currentPassword,
          onInput: (value) => this.setDraft({ current: value }),
        })}
        ${textField({
          id: 'new-password',
          label: msg('Mật khẩu mới', { id: 'password.new' }),
          type: 'password',
          required: true,
          value: this.draft.next,
          autocomplete: 'new-password',
          hint: msg(str`Ít nhất ${MIN_LENGTH} ký tự.`, { id: 'password.hint' }),
          error: this.errors.newPassword,
          onInput: (value) => this.setDraft({ next: value }),
        })}
        ${textField({
          id: 'repeat-password',
          label: msg('Nhập lại mật khẩu mới', { id: 'password.repeat' }),
          type: 'password',
          required: true,
          value: this.draft.repeat,
          autocomplete: 'new-password',
          error: this.errors.repeatPassword,
          onInput: (value) => this.setDraft({ repeat: value }),
        })}
        ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : ''}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>
            ${msg('Đổi mật khẩu', { id: 'password.submit' })}
          </button>
          ${
            this.required
              ? ''
              : html`<button
                type="button"
                @click=${() => this.dispatchEvent(new PasswordChangeCancelledEvent())}
              >
                ${msg('Huỷ', { id: 'common.cancel' })}
              </button>`
          }
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'password-change': PasswordChange;
  }
}
