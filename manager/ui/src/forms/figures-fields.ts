import type { FigureItem } from '@bangtin/shared';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { FieldErrors } from './field-errors.js';
import { numberField, textField } from './fields.js';

const MAX_ITEMS = 6;

/** The items of a key-figures slide: label, value, unit and decimals each; one to six. */
export function figuresItemsFields(
  value: unknown,
  errors: FieldErrors,
  onChange: (items: FigureItem[]) => void,
) {
  const items = Array.isArray(value) ? (value as FigureItem[]) : [];
  const change = (index: number, patch: Partial<FigureItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return html`${items.map(
    (item, index) => html`<fieldset>
      <legend>${msg(str`Số liệu ${index + 1}`, { id: 'slide.figure' })}</legend>
      ${textField({
        id: `slide-items.${index}.label`,
        label: msg('Nội dung', { id: 'slide.figureLabel' }),
        value: item.label,
        required: true,
        error: errors[`items.${index}.label`],
        onInput: (label) => change(index, { label }),
      })}
      ${textField({
        id: `slide-items.${index}.value`,
        label: msg('Giá trị', { id: 'slide.figureValue' }),
        hint: msg('Số, dấu chấm trước phần thập phân (98.5); màn hình hiện 98,5.', {
          id: 'slide.figureValueHint',
        }),
        value: Number.isFinite(item.value) ? String(item.value) : '',
        inputMode: 'text',
        required: true,
        error: errors[`items.${index}.value`],
        onInput: (text) => change(index, { value: text.trim() === '' ? Number.NaN : Number(text) }),
      })}
      ${textField({
        id: `slide-items.${index}.unit`,
        label: msg('Đơn vị', { id: 'slide.figureUnit' }),
        value: item.unit,
        maxLength: 20,
        error: errors[`items.${index}.unit`],
        onInput: (unit) => change(index, { unit }),
      })}
      ${numberField({
        id: `slide-items.${index}.decimals`,
        label: msg('Số chữ số thập phân', { id: 'slide.figureDecimals' }),
        value: item.decimals,
        min: 0,
        max: 3,
        error: errors[`items.${index}.decimals`],
        onInput: (decimals) => change(index, { decimals }),
      })}
      <button
        type="button"
        class="small danger"
        ?disabled=${items.length <= 1}
        @click=${() => onChange(items.filter((_, i) => i !== index))}
      >
        ${msg('Xoá', { id: 'common.delete' })}
      </button>
    </fieldset>`,
  )}
  <button
    type="button"
    class="small"
    ?disabled=${items.length >= MAX_ITEMS}
    @click=${() => onChange([...items, { label: '', value: 0, unit: '', decimals: 0 }])}
  >
    ${msg('Thêm số liệu', { id: 'slide.addFigure' })}
  </button>`;
}
