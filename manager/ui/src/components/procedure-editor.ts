import {
  ONLINE_LEVELS,
  type Procedure,
  ProcedureInputSchema,
  StoredProcedureSchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, saveItem } from '../api/api-client.js';
import { EditorController } from '../forms/editor-controller.js';
import { unplacedErrors, validate } from '../forms/field-errors.js';
import { formAlert, selectField, textField } from '../forms/fields.js';
import { procedureFieldLabels } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { navigate, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { ownerField, ownerOf } from './owner-select.js';

const TEXT_KEYS = [
  'code',
  'name',
  'field',
  'agency',
  'level',
  'timeLimit',
  'fees',
  'portalUrl',
] as const;
type TextKey = (typeof TEXT_KEYS)[number];
type ProcedureDraft = Record<TextKey | 'onlineLevel', string>;

function draftOf(procedure: Procedure | null): ProcedureDraft {
  return {
    code: procedure?.code ?? '',
    name: procedure?.name ?? '',
    field: procedure?.field ?? '',
    agency: procedure?.agency ?? '',
    level: procedure?.level ?? '',
    onlineLevel: procedure?.onlineLevel ?? '',
    timeLimit: procedure?.timeLimit ?? '',
    fees: procedure?.fees ?? '',
    portalUrl: procedure?.portalUrl ?? '',
  };
}

/** Blank optional fields are sent as null, as the schema stores them. */
function bodyOf(draft: ProcedureDraft): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [
      key,
      value.trim() === '' && key !== 'name' && key !== 'field' ? null : value,
    ]),
  );
}

/** Creates or edits one administrative procedure. */
@customElement('procedure-editor')
@localized()
export class ProcedureEditor extends LitElement {
  static override styles = sharedStyles;

  /** The procedure to edit; null creates one. */
  @property({ attribute: false }) procedureId: string | null = null;

  @state() private draft: ProcedureDraft = draftOf(null);

  private readonly editor = new EditorController(this, () => this.draft, {
    check: () => validate(ProcedureInputSchema, bodyOf(this.draft)),
    submit: (input) => {
      const body = { ...input, ...ownerField(this) };
      return saveItem('procedures', this.procedureId, body, StoredProcedureSchema);
    },
    saved: () => navigate(routeHref('procedures')),
  });

  private readonly loader = new Task(this, {
    task: async ([id], { signal }) => {
      const procedure = id
        ? await api.get(`/api/procedures/${encodeURIComponent(id)}`, StoredProcedureSchema, signal)
        : null;
      this.draft = draftOf(procedure);
      this.editor.markClean();
      return procedure;
    },
    args: () => [this.procedureId] as const,
  });

  private save(event: SubmitEvent): Promise<void> {
    return this.editor.save(event);
  }

  override render() {
    const title = this.procedureId
      ? msg('Sửa thủ tục', { id: 'procedures.edit' })
      : msg('Thêm thủ tục', { id: 'procedures.new' });
    const labels = procedureFieldLabels();
    const field = (key: TextKey, extra = {}) =>
      textField({
        id: key,
        label: labels[key],
        value: this.draft[key],
        error: this.editor.errors[key],
        required: key === 'name' || key === 'field',
        onInput: (value) => {
          this.draft = { ...this.draft, [key]: value };
        },
        ...extra,
      });
    return html`<h1>${title}</h1>
      ${renderTask(
        this.loader,
        (procedure) => html`<form class="card" @submit=${this.save} novalidate>
          <owner-select .value=${ownerOf(procedure)}></owner-select>
          ${field('name', { multiline: true })} ${field('field')} ${field('code')}
          ${field('agency')} ${field('level')}
          ${selectField({
            id: 'onlineLevel',
            label: labels.onlineLevel,
            value: this.draft.onlineLevel,
            options: [
              { value: '', label: msg('— Không có —', { id: 'common.none' }) },
              ...ONLINE_LEVELS.map((level) => ({ value: level, label: level })),
            ],
            error: this.editor.errors.onlineLevel,
            onChange: (value) => {
              this.draft = { ...this.draft, onlineLevel: value };
            },
          })}
          ${field('timeLimit')} ${field('fees', { multiline: true })}
          ${field('portalUrl', { type: 'url' })}
          ${formAlert(this.editor.failure, unplacedErrors(this.editor.errors, [...TEXT_KEYS, 'onlineLevel']))}
          <div class="form-actions">
            <button class="primary" type="submit" ?disabled=${this.editor.saving}>
              ${msg('Lưu', { id: 'common.save' })}
            </button>
            <a class="button" href=${routeHref('procedures')}>${msg('Huỷ', { id: 'common.cancel' })}</a>
          </div>
        </form>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procedure-editor': ProcedureEditor;
  }
}
