import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type ScreenCommandName, sendScreenCommand } from '../api/screen-command.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { sharedStyles } from '../styles/shared-styles.js';

type Outcome = { kind: 'sent'; text: string } | { kind: 'failed'; text: string } | null;

/** "Identify" and "reload" buttons for one screen, with the outcome beside them. */
@customElement('screen-commands')
@localized()
export class ScreenCommands extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
      }
      .sent {
        color: var(--c-ok);
        font-size: 0.9rem;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) screenId = '';
  @property({ attribute: false }) screenName = '';

  @state() private busy = false;
  @state() private outcome: Outcome = null;

  private async send(command: ScreenCommandName): Promise<void> {
    this.busy = true;
    this.outcome = null;
    try {
      await sendScreenCommand(this.screenId, command);
      this.outcome = {
        kind: 'sent',
        text:
          command === 'identify'
            ? msg('Đã gửi: màn hình sẽ hiện tên của nó.', { id: 'commands.identifySent' })
            : msg('Đã gửi: màn hình sẽ tải lại.', { id: 'commands.reloadSent' }),
      };
    } catch (error) {
      this.outcome = { kind: 'failed', text: describeFailure(error) };
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const name = this.screenName;
    return html`<button
        type="button"
        class="small"
        ?disabled=${this.busy}
        aria-label=${msg(str`Cho màn hình ${name} hiện tên`, { id: 'commands.identifyOf' })}
        @click=${() => this.send('identify')}
      >
        ${msg('Hiện tên', { id: 'commands.identify' })}
      </button>
      <button
        type="button"
        class="small"
        ?disabled=${this.busy}
        aria-label=${msg(str`Tải lại màn hình ${name}`, { id: 'commands.reloadOf' })}
        @click=${() => this.send('reload')}
      >
        ${msg('Tải lại', { id: 'commands.reload' })}
      </button>
      ${
        this.outcome?.kind === 'sent'
          ? html`<p class="sent" role="status">${this.outcome.text}</p>`
          : this.outcome?.kind === 'failed'
            ? html`<p class="field-error" role="alert">${this.outcome.text}</p>`
            : ''
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-commands': ScreenCommands;
  }
}
