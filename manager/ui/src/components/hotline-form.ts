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
import { EditorController } from '../forms/editor-controller.js';
import { NO_ERRORS, unplacedErrors, validate } from '../forms/field-errors.js';
import { checkbox, formAlert, textField } from '../forms/fields.js';
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

  private readonly editor = new EditorController(this, () => this.draft, {
    check: () =>
      validate(HotlineInputSchema, {
        ...this.draft,
        hours: this.draft.hours.trim() || null,
        note: this.draft.note.trim() || null,
      }),
    submit: (input) => {
      const body = { ...input, ...ownerField(this) };
      return this.hotline
        ? api.put(`/api/hotlines/${encodeURIComponent(this.hotline.id)}`, body, StoredHotlineSchema)
        : api.post('/api/hotlines', body, StoredHotlineSchema);
    },
    saved: (saved) => {
      this.draft = EMPTY;
      this.editor.markClean();
      this.dispatchEvent(new HotlineSavedEvent(saved));
    },
  });

  /** Whether the form holds changes not yet saved. */
  get hasUnsavedChanges(): boolean {
    return this.editor.dirty.isDirty;
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
      this.editor.errors = NO_ERRORS;
      this.editor.failure = null;
      this.editor.markClean();
    }
  }

  private set<K extends keyof HotlineDraft>(key: K, value: HotlineDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private save(event: SubmitEvent): Promise<void> {
    return this.editor.save(event);
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
        error: this.editor.errors.label,
        onInput: (value) => this.set('label', value),
      })}
      ${textField({
        id: 'number',
        label: msg('Số điện thoại', { id: 'hotline.number' }),
        type: 'tel',
        value: d.number,
        required: true,
        error: this.editor.errors.number,
        onInput: (value) => this.set('number', value),
      })}
      ${textField({
        id: 'hours',
        label: msg('Giờ tiếp nhận', { id: 'hotline.hours' }),
        value: d.hours,
        error: this.editor.errors.hours,
        onInput: (value) => this.set('hours', value),
      })}
      ${textField({
        id: 'note',
        label: msg('Ghi chú', { id: 'hotline.note' }),
        value: d.note,
        error: this.editor.errors.note,
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
      ${formAlert(this.editor.failure, unplacedErrors(this.editor.errors, SHOWN))}
      <div class="form-actions">
        <button class="primary" type="submit" ?disabled=${this.editor.saving}>
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
