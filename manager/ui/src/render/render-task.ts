import { msg } from '@lit/localize';
import type { Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { describeFailure } from '../i18n/describe-failure.js';

/** Renders a loading task: a status line while pending, a readable failure with a retry button. */
export function renderTask<T>(
  task: Task<readonly unknown[], T>,
  complete: (value: T) => unknown,
): unknown {
  return task.render({
    // A reload keeps showing what was there rather than flashing a loading line.
    pending: () =>
      task.value !== undefined
        ? complete(task.value)
        : html`<p class="muted" role="status">${msg('Đang tải…', { id: 'common.loading' })}</p>`,
    error: (error: unknown): TemplateResult =>
      html`<div class="alert" role="alert">
        <p class="alert-text">${describeFailure(error)}</p>
        <button class="small" @click=${() => task.run()}>
          ${msg('Thử lại', { id: 'common.retry' })}
        </button>
      </div>`,
    complete,
  });
}
