import {
  type HotlineInput,
  HotlineInputSchema,
  type StoredHotline,
  StoredHotlineSchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../api/api-client.js';
import { HotlineSavedEvent } from '../events/hotline-saved-event.js';
import { DirtyController } from '../forms/dirty-controller.js';
import {
  errorsFromFailure,
  type FieldErrors,
  NO_ERRORS,
  unplacedErrors,
  validate,
} from '../forms/field-errors.js';
import { checkbox, formAlert, textField } from '../forms/fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { ownerField, ownerOf } from './owner-select.js';

type HotlineDraft = Required<{ [K in keyof HotlineInput]: NonNullable<HotlineInput[K]> }>;

const EMPTY: HotlineDraft = {
  label: '',
  number: '',
  hours: '',
  note: '',
  sample: false,
  inTicker: true,
};
const SHOWN = ['label', 'number', 'hours', 'note'];

/** Creates a hotline, or edits the one given. */
@customElement('hotline-form')
@localized()
export class HotlineForm extends LitElement {
  static override styles = sharedStyles;

  @property({ attribute: false }) hotline: StoredHotline | null = null;

  @state() private draft: HotlineDraft = EMPTY;
  @state() private errors: FieldErrors = NO_ERRORS;
  @state() private failure: string | null = null;
  @state() private saving = false;

  private readonly dirty = new DirtyController(this, () => this.draft);

  /** Whether the form holds changes not yet saved. */
  get hasUnsavedChanges(): boolean {
    return this.dirty.isDirty;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hotline')) {
      const h = this.hotline;
      this.draft = h
        ? {
            label: h.label,
            number: h.number,
            hours: h.hours ?? '',
            note: h.note ?? '',
            sample: h.sample,
            inTicker: h.inTicker,
          }
        : EMPTY;
      this.errors = NO_ERRORS;
      this.failure = null;
      this.dirty.markClean();
    }
  }

  private set<K extends keyof HotlineDraft>(key: K, value: HotlineDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.failure = null;
    const body = {
      ...this.draft,
      hours: this.draft.hours.trim() || null,
      note: this.draft.note.trim() || null,
    };
    const validated = validate(HotlineInputSchema, body);
    if (!validated.ok) {
      this.errors = validated.errors;
      return;
    }
    const checked = { data: { ...validated.data, ...ownerField(this) } };
    this.saving = true;
    try {
      const saved = this.hotline
        ? await api.put(
            `/api/hotlines/${encodeURIComponent(this.hotline.id)}`,
            checked.data,
            StoredHotlineSchema,
          )
        : await api.post('/api/hotlines', checked.data, StoredHotlineSchema);
      this.errors = NO_ERRORS;
      this.draft = EMPTY;
      this.dirty.markClean();
      this.dispatchEvent(new HotlineSavedEvent(saved));
    } catch (error) {
      this.errors = errorsFromFailure(error);
      this.failure = describeFailure(error);
    } finally {
      this.saving = false;
    }
  }

  override render() {
    const d = this.draft;
    return html`<form class="card" @submit=${this.save} novalidate>
      <owner-select .value=${ownerOf(this.hotline)}></owner-select>
      <h2>
        ${
          this.hotline
            ? msg('Sửa số điện thoại', { id: 'hotlines.edit' })
            : msg('Thêm số điện thoại', { id: 'hotlines.new' })
        }
      </h2>
      ${textField({
        id: 'label',
        label: msg('Tên đơn vị / nội dung', { id: 'hotline.label' }),
        value: d.label,
        required: true,
        error: this.errors.label,
        onInput: (value) => this.set('label', value),
      })}
      ${textField({
        id: 'number',
        label: msg('Số điện thoại', { id: 'hotline.number' }),
        type: 'tel',
        value: d.number,
        required: true,
        error: this.errors.number,
        onInput: (value) => this.set('number', value),
      })}
      ${textField({
        id: 'hours',
        label: msg('Giờ tiếp nhận', { id: 'hotline.hours' }),
        value: d.hours,
        error: this.errors.hours,
        onInput: (value) => this.set('hours', value),
      })}
      ${textField({
        id: 'note',
        label: msg('Ghi chú', { id: 'hotline.note' }),
        value: d.note,
        error: this.errors.note,
        onInput: (value) => this.set('note', value),
      })}
      ${checkbox({
        id: 'inTicker',
        label: msg('Hiện trên dòng chữ chạy', { id: 'hotline.inTicker' }),
        checked: d.inTicker,
        onChange: (checked) => this.set('inTicker', checked),
      })}
      ${checkbox({
        id: 'sample',
        label: msg('Số mẫu (không phải số thật của cơ quan)', { id: 'hotline.sample' }),
        checked: d.sample,
        onChange: (checked) => this.set('sample', checked),
      })}
      ${formAlert(this.failure, unplacedErrors(this.errors, SHOWN))}
      <div class="form-actions">
        <button class="primary" type="submit" ?disabled=${this.saving}>
          ${msg('Lưu', { id: 'common.save' })}
        </button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-form': HotlineForm;
  }
}
