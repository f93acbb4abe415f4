import type { QueueCounter } from '@bangtin/shared';
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { FieldErrors } from '../forms/field-errors.js';
import { textField } from '../forms/fields.js';

/**
 * The counters the counter page offers, one row each: the number a queue system sends as
 * `counter` and the name staff see.
 */
export function queueCountersFields(
  counters: readonly QueueCounter[],
  errors: FieldErrors,
  onChange: (counters: QueueCounter[]) => void,
) {
  const change = (index: number, patch: Partial<QueueCounter>) =>
    onChange(counters.map((counter, i) => (i === index ? { ...counter, ...patch } : counter)));
  const next = String(counters.length + 1);
  return html`<fieldset>
    <legend>${msg('Quầy phục vụ (trang gọi số)', { id: 'settings.queueCounters' })}</legend>
    <p class="hint">
      ${msg('Nhân viên gọi số tại /queue/; hệ thống xếp hàng gửi số quầy trong trường "counter".', {
        id: 'settings.queueCountersHint',
      })}
    </p>
    ${counters.map(
      (counter, index) => html`<div class="toolbar">
        ${textField({
          id: `queueCounters.${index}.id`,
          label: msg('Số quầy', { id: 'settings.counterId' }),
          value: counter.id,
          required: true,
          maxLength: 16,
          error: errors[`queueCounters.${index}.id`],
          onInput: (id) => change(index, { id }),
        })}
        ${textField({
          id: `queueCounters.${index}.name`,
          label: msg('Tên quầy', { id: 'settings.counterName' }),
          value: counter.name,
          required: true,
          error: errors[`queueCounters.${index}.name`],
          onInput: (name) => change(index, { name }),
        })}
        <button
          type="button"
          class="small danger"
          @click=${() => onChange(counters.filter((_, i) => i !== index))}
        >
          ${msg('Xoá', { id: 'common.delete' })}
        </button>
      </div>`,
    )}
    <button
      type="button"
      class="small"
      @click=${() => onChange([...counters, { id: next, name: `Quầy ${next}` }])}
    >
      ${msg('Thêm quầy', { id: 'settings.addCounter' })}
    </button>
  </fieldset>`;
}
