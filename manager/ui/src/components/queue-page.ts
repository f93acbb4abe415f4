import {
  type QueueCall,
  QueueCallSchema,
  type QueueCounter,
  QueueSnapshotSchema,
  SettingsSchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../api/api-client.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { lastCalledNumber, nextQueueNumber } from '../queue/next-number.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * The counter page (`/queue/`): one big "call the next number" button per counter, with
 * "call again" and "skip"; each press is a `POST /api/queue/calls` like a queue system's.
 */
@customElement('queue-page')
@localized()
export class QueuePage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .counters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        gap: 1rem;
      }
      .serving {
        font-size: 2.5rem;
        font-weight: 700;
        margin: 0.25rem 0 0.75rem;
      }
      button.next {
        width: 100%;
        font-size: 1.4rem;
        padding: 1rem;
      }
    `,
  ];

  /** Today's calls per counter id, newest first. */
  @state() private calls = new Map<string, QueueCall[]>();
  @state() private busy = false;
  @state() private status: string | null = null;
  @state() private failure: string | null = null;

  private readonly loader = new Task(this, {
    task: async (_args, { signal }) => {
      const settings = await api.get('/api/settings', SettingsSchema, signal);
      const snapshots = await Promise.all(
        settings.queueCounters.map((counter) =>
          api.get(
            `/api/queue/calls?counter=${encodeURIComponent(counter.id)}`,
            QueueSnapshotSchema,
            signal,
          ),
        ),
      );
      this.calls = new Map(
        settings.queueCounters.map((counter, i) => [counter.id, snapshots[i]?.calls ?? []]),
      );
      return settings.queueCounters;
    },
    args: () => [],
  });

  private async send(counter: QueueCounter, number: string, action: QueueCall['action']) {
    this.busy = true;
    this.failure = null;
    try {
      const call = await api.post(
        '/api/queue/calls',
        { number, counter: counter.id, action },
        QueueCallSchema,
      );
      this.calls = new Map(this.calls).set(counter.id, [
        call,
        ...(this.calls.get(counter.id) ?? []),
      ]);
      this.status =
        action === 'skip'
          ? msg(str`Đã bỏ qua số ${number} ở ${counter.name}.`, { id: 'queue.skipped' })
          : msg(str`Đã mời số ${number} đến ${counter.name}.`, { id: 'queue.called' });
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private renderCounter(counter: QueueCounter) {
    const calls = this.calls.get(counter.id) ?? [];
    const current = lastCalledNumber(calls);
    const next = nextQueueNumber(calls);
    return html`<section class="card" aria-label=${counter.name}>
      <h2>${counter.name}</h2>
      <p class="muted">${msg('Đang phục vụ', { id: 'queue.serving' })}</p>
      <p class="serving" data-testid="serving">${current ?? '—'}</p>
      <button
        class="primary next"
        type="button"
        ?disabled=${this.busy}
        @click=${() => this.send(counter, next, 'call')}
      >
        ${msg('Gọi số tiếp theo', { id: 'queue.next' })} (${next})
      </button>
      <div class="form-actions">
        <button
          type="button"
          ?disabled=${this.busy || current === null}
          @click=${() => current && this.send(counter, current, 'recall')}
        >
          ${msg('Gọi lại', { id: 'queue.recall' })}
        </button>
        <button
          type="button"
          ?disabled=${this.busy || current === null}
          @click=${() => current && this.send(counter, current, 'skip')}
        >
          ${msg('Bỏ qua', { id: 'queue.skip' })}
        </button>
      </div>
    </section>`;
  }

  override render() {
    return html`<h1>${msg('Gọi số', { id: 'nav.queue' })}</h1>
      ${this.status ? html`<p class="notice" role="status">${this.status}</p>` : ''}
      ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : ''}
      ${renderTask(this.loader, (counters) =>
        counters.length === 0
          ? html`<p class="empty">
              ${msg('Chưa có quầy nào. Quản trị viên thêm quầy trong Cài đặt.', {
                id: 'queue.noCounters',
              })}
            </p>`
          : html`<div class="counters">${counters.map((counter) => this.renderCounter(counter))}</div>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'queue-page': QueuePage;
  }
}
