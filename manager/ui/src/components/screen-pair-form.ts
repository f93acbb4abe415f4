import { ScreenSchema } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../api/api-client.js';
import { ApiFailure } from '../api/api-failure.js';
import { fetchFirstSteps } from '../api/first-steps.js';
import { ScreenPairedEvent } from '../events/screen-paired-event.js';
import { errorsFromFailure, type FieldErrors, NO_ERRORS } from '../forms/field-errors.js';
import { formAlert, textField } from '../forms/fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './player-address.js';

/** Claims the 6-digit code an unpaired screen shows (`POST /api/screens/pair`). */
@customElement('screen-pair-form')
@localized()
export class ScreenPairForm extends LitElement {
  static override styles = sharedStyles;

  @state() private code = '';
  @state() private name = '';
  @state() private errors: FieldErrors = NO_ERRORS;
  @state() private failure: string | null = null;
  @state() private paired: string | null = null;
  @state() private busy = false;

  /** The address the new screen opens, so that staff need not guess it. */
  private readonly address = new Task(this, {
    task: (_args, { signal }) => fetchFirstSteps(signal),
    args: () => [],
  });

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.failure = null;
    this.paired = null;
    const code = this.code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      this.errors = {
        code: msg('Mã ghép nối gồm đúng 6 chữ số.', { id: 'pair.codeShape' }),
      };
      return;
    }
    this.busy = true;
    try {
      const name = this.name.trim();
      const screen = await api.post(
        '/api/screens/pair',
        name ? { code, name } : { code },
        ScreenSchema,
      );
      this.errors = NO_ERRORS;
      this.code = '';
      this.name = '';
      this.paired = msg(str`Đã ghép nối màn hình "${screen.name}".`, { id: 'pair.done' });
      this.dispatchEvent(new ScreenPairedEvent(screen));
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 404) {
        this.errors = {
          code: msg('Không có mã này hoặc mã đã hết hạn. Hãy xem lại mã trên màn hình.', {
            id: 'pair.unknownCode',
          }),
        };
      } else {
        this.errors = errorsFromFailure(error);
        this.failure = describeFailure(error);
      }
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form class="card" @submit=${this.submit} novalidate>
      <h2>${msg('Ghép nối màn hình', { id: 'screens.pair' })}</h2>
      <p class="hint">
        ${msg('Bật màn hình mới: nó hiện một mã 6 chữ số. Nhập mã đó vào đây.', {
          id: 'pair.help',
        })}
      </p>
      ${renderTask(this.address, (steps) => html`<player-address .player=${steps.player}></player-address>`)}
      ${textField({
        id: 'pair-code',
        label: msg('Mã ghép nối', { id: 'pair.code' }),
        value: this.code,
        inputMode: 'numeric',
        autocomplete: 'off',
        maxLength: 7,
        required: true,
        error: this.errors.code,
        onInput: (value) => {
          this.code = value;
        },
      })}
      ${textField({
        id: 'pair-name',
        label: msg('Tên màn hình', { id: 'screen.name' }),
        hint: msg('Ví dụ: Quầy tiếp nhận số 1. Để trống sẽ đặt là "Màn hình mới".', {
          id: 'pair.nameHint',
        }),
        value: this.name,
        error: this.errors.name,
        onInput: (value) => {
          this.name = value;
        },
      })}
      ${formAlert(this.failure)}
      ${this.paired ? html`<p class="notice" role="status">${this.paired}</p>` : ''}
      <button class="primary" type="submit" ?disabled=${this.busy}>
        ${msg('Ghép nối', { id: 'pair.submit' })}
      </button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-pair-form': ScreenPairForm;
  }
}
