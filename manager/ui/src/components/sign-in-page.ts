import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiFailure } from '../api/api-failure.js';
import { signIn } from '../api/session.js';
import { SignedInEvent } from '../events/signed-in-event.js';
import { textField } from '../forms/fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './language-switch.js';

/** The sign-in form (`POST /api/session`). */
@customElement('sign-in-page')
@localized()
export class SignInPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        place-items: center;
        min-height: 100vh;
        padding: 1rem;
      }
      main {
        width: min(26rem, 100%);
      }
      .brand {
        font-size: 1rem;
        color: var(--c-muted);
        margin: 0 0 0.25rem;
      }
      .lang {
        margin-top: 1rem;
      }
    `,
  ];

  /** Shown when the server ended the session rather than the editor. */
  @property({ type: Boolean }) expired = false;

  @state() private login = 'admin';
  @state() private password = '';
  @state() private busy = false;
  @state() private error: string | null = null;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.login.trim() || !this.password) {
      this.error = msg('Hãy nhập tên đăng nhập và mật khẩu.', { id: 'signIn.missing' });
      return;
    }
    this.busy = true;
    this.error = null;
    try {
      const user = await signIn(this.login.trim(), this.password);
      this.dispatchEvent(new SignedInEvent(user));
    } catch (error) {
      this.error =
        error instanceof ApiFailure && error.status === 401
          ? msg('Sai tên đăng nhập hoặc mật khẩu.', { id: 'signIn.wrong' })
          : describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<main class="card">
      <p class="brand">Bảng tin</p>
      <h1>${msg('Đăng nhập quản trị', { id: 'signIn.title' })}</h1>
      ${
        this.expired
          ? html`<p class="notice" role="status">
            ${msg('Phiên làm việc đã hết hạn. Hãy đăng nhập lại.', { id: 'failure.unauthorized' })}
          </p>`
          : ''
      }
      <form @submit=${this.submit} novalidate>
        ${textField({
          id: 'login',
          label: msg('Tên đăng nhập', { id: 'signIn.login' }),
          value: this.login,
          autocomplete: 'username',
          onInput: (value) => {
            this.login = value;
          },
        })}
        ${textField({
          id: 'password',
          label: msg('Mật khẩu', { id: 'signIn.password' }),
          type: 'password',
          value: this.password,
          autocomplete: 'current-password',
          onInput: (value) => {
            this.password = value;
          },
        })}
        ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : ''}
        <button class="primary" type="submit" ?disabled=${this.busy}>
          ${msg('Đăng nhập', { id: 'signIn.submit' })}
        </button>
      </form>
      <div class="lang"><language-switch></language-switch></div>
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sign-in-page': SignInPage;
  }
}
