import { localized, msg } from '@lit/localize';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { fetchSession, type SessionUser } from '../api/session.js';
import { setSignedInUser } from '../api/signed-in-user.js';
import { PasswordChangeRequiredEvent } from '../events/password-change-required-event.js';
import { SessionExpiredEvent } from '../events/session-expired-event.js';
import type { SignedInEvent } from '../events/signed-in-event.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './app-shell.js';
import './password-change.js';
import './sign-in-page.js';

type SessionState =
  | { kind: 'checking' }
  | { kind: 'signed-out'; expired: boolean }
  | { kind: 'signed-in'; user: SessionUser }
  | { kind: 'failed'; message: string };

/** The root: checks the session, then shows the sign-in page or the app. */
@customElement('admin-app')
@localized()
export class AdminApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .status {
        padding: 2rem;
      }
      .first-password {
        display: grid;
        place-items: center;
        min-height: 100vh;
        padding: 1rem;
      }
    `,
  ];

  @state() private session: SessionState = { kind: 'checking' };

  private readonly onExpired = () => {
    if (this.session.kind === 'signed-in') this.session = { kind: 'signed-out', expired: true };
  };

  private readonly onPasswordChangeRequired = () => {
    if (this.session.kind !== 'signed-in') return;
    this.session = { kind: 'signed-in', user: { ...this.session.user, mustChangePassword: true } };
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SessionExpiredEvent.eventName, this.onExpired);
    window.addEventListener(PasswordChangeRequiredEvent.eventName, this.onPasswordChangeRequired);
    void this.check();
  }

  override disconnectedCallback(): void {
    window.removeEventListener(SessionExpiredEvent.eventName, this.onExpired);
    window.removeEventListener(
      PasswordChangeRequiredEvent.eventName,
      this.onPasswordChangeRequired,
    );
    super.disconnectedCallback();
  }

  private async check(): Promise<void> {
    this.session = { kind: 'checking' };
    try {
      const user = await fetchSession();
      this.session = user ? { kind: 'signed-in', user } : { kind: 'signed-out', expired: false };
    } catch (error) {
      this.session = { kind: 'failed', message: describeFailure(error) };
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('session')) {
      setSignedInUser(this.session.kind === 'signed-in' ? this.session.user : null);
    }
  }

  override render() {
    switch (this.session.kind) {
      case 'checking':
        return html`<p class="status" role="status">${msg('Đang tải…', { id: 'common.loading' })}</p>`;
      case 'failed':
        return html`<div class="status">
          <p class="alert" role="alert">${this.session.message}</p>
          <button @click=${() => this.check()}>${msg('Thử lại', { id: 'common.retry' })}</button>
        </div>`;
      case 'signed-out':
        return html`<sign-in-page
          ?expired=${this.session.expired}
          @signed-in=${(event: SignedInEvent) => {
            this.session = { kind: 'signed-in', user: event.user };
          }}
        ></sign-in-page>`;
      case 'signed-in': {
        const user = this.session.user;
        if (user.mustChangePassword) {
          return html`<main class="first-password">
            <password-change
              required
              @password-changed=${() => {
                this.session = { kind: 'signed-in', user: { ...user, mustChangePassword: false } };
              }}
            ></password-change>
          </main>`;
        }
        return html`<app-shell
          .user=${user}
          @signed-out=${() => {
            this.session = { kind: 'signed-out', expired: false };
          }}
        ></app-shell>`;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-app': AdminApp;
  }
}
