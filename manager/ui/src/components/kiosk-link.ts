import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createKioskLink } from '../api/kiosk-link.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * The link a kiosk's start command opens for this screen: it carries a device token, so a
 * screen whose browser lost its data plays again at the next start without pairing.
 */
@customElement('kiosk-link')
@localized()
export class KioskLink extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      input {
        font-family: ui-monospace, monospace;
        font-size: 0.9rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin-top: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) screenId = '';

  @state() private url: string | null = null;
  @state() private busy = false;
  @state() private failure: string | null = null;
  @state() private copied = false;

  private async create(): Promise<void> {
    this.busy = true;
    this.failure = null;
    try {
      this.url = await createKioskLink(this.screenId);
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private async copy(): Promise<void> {
    if (!this.url) return;
    await navigator.clipboard.writeText(this.url).then(
      () => {
        this.copied = true;
      },
      () => {
        this.copied = false;
      },
    );
  }

  override render() {
    return html`<h2>${msg('Liên kết chế độ kiosk', { id: 'kiosk.title' })}</h2>
      <p class="hint">
        ${msg(
          'Dùng trong lệnh khởi động trình duyệt của màn hình (xem README, mục kiosk). Liên kết chứa khoá của màn hình: giữ kín; thu hồi màn hình sẽ vô hiệu hoá nó.',
          { id: 'kiosk.help' },
        )}
      </p>
      ${
        this.url
          ? html`<label for="kiosk-url">${msg('Liên kết', { id: 'kiosk.url' })}</label>
            <div class="row">
              <input id="kiosk-url" readonly .value=${this.url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
              <button type="button" class="small" @click=${this.copy}>
                ${msg('Sao chép', { id: 'kiosk.copy' })}
              </button>
              ${this.copied ? html`<span role="status">${msg('Đã sao chép.', { id: 'kiosk.copied' })}</span>` : ''}
            </div>`
          : html`<button type="button" class="small" ?disabled=${this.busy} @click=${this.create}>
            ${msg('Tạo liên kết kiosk', { id: 'kiosk.create' })}
          </button>`
      }
      ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-link': KioskLink;
  }
}
