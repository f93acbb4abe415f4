import {
  type IntegrationKey,
  type IntegrationKeyCreated,
  IntegrationKeyCreatedSchema,
  IntegrationKeyInputSchema,
  IntegrationKeySchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import { api } from '../api/api-client.js';
import { formatDateTime } from '../format/format.js';
import { type FieldErrors, NO_ERRORS, validate } from '../forms/field-errors.js';
import { formAlert, textField } from '../forms/fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';

const splitCounters = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Integration keys for queue systems: made (the token shown once), listed and revoked. */
@customElement('integration-keys-panel')
@localized()
export class IntegrationKeysPanel extends LitElement {
  static override styles = sharedStyles;

  @state() private name = '';
  @state() private counters = '';
  @state() private errors: FieldErrors = NO_ERRORS;
  @state() private failure: string | null = null;
  @state() private created: IntegrationKeyCreated | null = null;

  private readonly keys = new Task(this, {
    task: (_args, { signal }) =>
      api.get('/api/integration-keys', z.array(IntegrationKeySchema), signal),
    args: () => [],
  });

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.failure = null;
    const checked = validate(IntegrationKeyInputSchema, {
      name: this.name,
      counters: splitCounters(this.counters),
    });
    if (!checked.ok) {
      this.errors = checked.errors;
      return;
    }
    try {
      this.created = await api.post(
        '/api/integration-keys',
        checked.data,
        IntegrationKeyCreatedSchema,
      );
      this.errors = NO_ERRORS;
      this.name = '';
      this.counters = '';
      this.keys.run();
    } catch (error) {
      this.failure = describeFailure(error);
    }
  }

  private async revoke(key: IntegrationKey): Promise<void> {
    const question = msg(
      str`Thu hồi khoá "${key.name}"? Hệ thống dùng khoá này sẽ không gọi số được nữa.`,
      {
        id: 'keys.confirmRevoke',
      },
    );
    if (!window.confirm(question)) return;
    try {
      await api.postOnly(`/api/integration-keys/${encodeURIComponent(key.id)}/revoke`, {});
      this.keys.run();
    } catch (error) {
      this.failure = describeFailure(error);
    }
  }

  override render() {
    return html`<section class="card">
      <h2>${msg('Khoá tích hợp (hệ thống xếp hàng)', { id: 'keys.title' })}</h2>
      <p class="hint">
        ${msg(
          'Hệ thống xếp hàng gọi số bằng POST /api/queue/calls với khoá này (Authorization: Bearer …).',
          {
            id: 'keys.hint',
          },
        )}
      </p>
      ${
        this.created
          ? html`<div class="notice" role="status">
              <p>${msg('Khoá mới, chỉ hiện một lần — hãy chép ngay:', { id: 'keys.shownOnce' })}</p>
              <code data-testid="new-key">${this.created.token}</code>
            </div>`
          : ''
      }
      ${renderTask(this.keys, (keys) =>
        keys.length === 0
          ? html`<p class="empty">${msg('Chưa có khoá nào.', { id: 'keys.none' })}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th>${msg('Tên', { id: 'common.name' })}</th>
                  <th>${msg('Quầy', { id: 'keys.counters' })}</th>
                  <th>${msg('Dùng lần cuối', { id: 'keys.lastUsed' })}</th>
                  <th>${msg('Thao tác', { id: 'common.actions' })}</th>
                </tr>
              </thead>
              <tbody>
                ${keys.map(
                  (key) => html`<tr>
                    <td>${key.name}</td>
                    <td>${key.counters.length ? key.counters.join(', ') : msg('Tất cả', { id: 'keys.allCounters' })}</td>
                    <td>${key.lastUsedAt ? formatDateTime(key.lastUsedAt) : '—'}</td>
                    <td>
                      ${
                        key.revokedAt
                          ? msg('Đã thu hồi', { id: 'keys.revoked' })
                          : html`<button type="button" class="small danger" @click=${() => this.revoke(key)}>
                              ${msg('Thu hồi', { id: 'keys.revoke' })}
                            </button>`
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`,
      )}
      <form @submit=${this.create} novalidate>
        ${textField({
          id: 'keyName',
          label: msg('Tên khoá', { id: 'keys.name' }),
          value: this.name,
          required: true,
          error: this.errors.name,
          onInput: (value) => {
            this.name = value;
          },
        })}
        ${textField({
          id: 'keyCounters',
          label: msg('Chỉ các quầy (cách nhau bằng dấu phẩy; để trống: tất cả)', {
            id: 'keys.scope',
          }),
          value: this.counters,
          error: this.errors.counters,
          onInput: (value) => {
            this.counters = value;
          },
        })}
        ${formAlert(this.failure)}
        <button class="primary" type="submit">${msg('Tạo khoá', { id: 'keys.create' })}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'integration-keys-panel': IntegrationKeysPanel;
  }
}
