import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { dayText, isoDay } from '../format/day-text.js';
import '../components/day-picker.js';
import type { DayChosenEvent } from '../events/day-chosen-event.js';

interface FieldBase {
  /** Unique within the form; also the id of the control. */
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
}

function describedBy(field: FieldBase): string | undefined {
  const ids = [field.error ? `${field.id}-error` : '', field.hint ? `${field.id}-hint` : ''];
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

function below(field: FieldBase) {
  return html`${field.hint ? html`<p class="hint" id="${field.id}-hint">${field.hint}</p>` : nothing}
  ${field.error ? html`<p class="field-error" id="${field.id}-error">${field.error}</p>` : nothing}`;
}

function labelOf(field: FieldBase) {
  return html`<label for=${field.id}>${field.label}${field.required ? ' *' : ''}</label>`;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'tel' | 'password' | 'date' | 'time' | 'datetime-local' | 'search';
  multiline?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric' | 'text' | 'url' | 'tel';
  maxLength?: number;
}

/** A labelled text input (or textarea) with its hint and error tied to it for screen readers. */
export function textField(field: TextFieldOptions): TemplateResult {
  if (field.type === 'date') return dayField(field);
  const onInput = (event: Event) =>
    field.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = field.multiline
    ? html`<textarea
        id=${field.id}
        .value=${live(field.value)}
        @input=${onInput}
        aria-invalid=${field.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(field))}
        ?required=${field.required}
      ></textarea>`
    : html`<input
        id=${field.id}
        type=${field.type ?? 'text'}
        .value=${live(field.value)}
        @input=${onInput}
        autocomplete=${ifDefined(field.autocomplete)}
        inputmode=${ifDefined(field.inputMode)}
        maxlength=${ifDefined(field.maxLength)}
        aria-invalid=${field.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(field))}
        ?required=${field.required}
      />`;
  return html`<div class="field">${labelOf(field)}${control}${below(field)}</div>`;
}

/**
 * A day typed as dd/mm/yyyy (or picked on the calendar beside it); `value` and `onInput` speak
 * `yyyy-mm-dd`. What cannot be read yet is passed on as typed, for the schema to name.
 */
function dayField(field: TextFieldOptions): TemplateResult {
  return html`<div class="field">
    ${labelOf(field)}
    <div class="day-input">
      <input
        id=${field.id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        placeholder=${msg('nn/tt/nnnn', { id: 'day.placeholder' })}
        .value=${live(dayText(field.value))}
        @input=${(event: Event) => {
          const typed = (event.target as HTMLInputElement).value;
          field.onInput(isoDay(typed) ?? typed);
        }}
        aria-invalid=${field.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(field))}
        ?required=${field.required}
      />
      <day-picker
        .value=${field.value}
        label=${msg('Chọn ngày trên lịch', { id: 'day.pick' })}
        @day-chosen=${(event: DayChosenEvent) => field.onInput(event.day)}
      ></day-picker>
    </div>
    ${below(field)}
  </div>`;
}

export interface NumberFieldOptions extends FieldBase {
  value: number;
  min: number;
  max: number;
  onInput: (value: number) => void;
}

/** A labelled whole-number input; an empty box yields NaN, which the schema reports. */
export function numberField(field: NumberFieldOptions): TemplateResult {
  return html`<div class="field">
    ${labelOf(field)}
    <input
      id=${field.id}
      type="number"
      min=${field.min}
      max=${field.max}
      step="1"
      .value=${live(Number.isNaN(field.value) ? '' : String(field.value))}
      @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).valueAsNumber)}
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      ?required=${field.required}
    />
    ${below(field)}
  </div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions extends FieldBase {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}

/** A labelled drop-down list. */
export function selectField(field: SelectFieldOptions): TemplateResult {
  return html`<div class="field">
    ${labelOf(field)}
    <select
      id=${field.id}
      @change=${(event: Event) => field.onChange((event.target as HTMLSelectElement).value)}
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      ?required=${field.required}
    >
      ${field.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === field.value}>
            ${option.label}
          </option>`,
      )}
    </select>
    ${below(field)}
  </div>`;
}

export interface CheckboxOptions {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A sentence under the box, read out with it. */
  hint?: string;
}

/** A checkbox with its label beside it. */
export function checkbox(option: CheckboxOptions): TemplateResult {
  return html`<div class="check">
    <input
      id=${option.id}
      type="checkbox"
      aria-describedby=${ifDefined(option.hint ? `${option.id}-hint` : undefined)}
      .checked=${live(option.checked)}
      @change=${(event: Event) => option.onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${option.id}>${option.label}</label>
  </div>
  ${option.hint ? html`<p class="hint" id="${option.id}-hint">${option.hint}</p>` : nothing}`;
}

export interface CheckboxGroupOptions {
  id: string;
  legend: string;
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  hint?: string;
}

/** A fieldset of checkboxes choosing several values. */
export function checkboxGroup(group: CheckboxGroupOptions): TemplateResult {
  const toggle = (value: string, checked: boolean) =>
    group.onChange(
      checked ? [...group.selected, value] : group.selected.filter((item) => item !== value),
    );
  return html`<fieldset
    aria-describedby=${ifDefined(describedBy({ ...group, label: group.legend }))}
  >
    <legend>${group.legend}</legend>
    ${group.options.map((option, index) =>
      checkbox({
        id: `${group.id}-${index}`,
        label: option.label,
        checked: group.selected.includes(option.value),
        onChange: (checked) => toggle(option.value, checked),
      }),
    )}
    ${below({ ...group, label: group.legend })}
  </fieldset>`;
}

/** The form-wide failure (a failed save, a lost connection) shown above the buttons. */
export function formAlert(message: string | null, extra: readonly string[] = []) {
  if (!message && extra.length === 0) return nothing;
  return html`<div class="alert" role="alert">
    ${message ? html`<p class="alert-text">${message}</p>` : nothing}
    ${extra.length ? html`<ul>${extra.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
  </div>`;
}
