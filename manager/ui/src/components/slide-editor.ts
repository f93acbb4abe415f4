import {
  type Hotline,
  type Media,
  type Procedure,
  type Settings,
  SettingsSchema,
  SlideInputSchema,
  type SlideKind,
  StoredHotlineSchema,
  StoredMediaSchema,
  StoredProcedureSchema,
  type StoredSlide,
  StoredSlideSchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, listItems, saveItem } from '../api/api-client.js';
import { may } from '../api/signed-in-user.js';
import { afterDraftSave, takeDraftSavedNotice } from '../forms/draft-saved.js';
import { EditorController } from '../forms/editor-controller.js';
import { NO_ERRORS, unplacedErrors, validate } from '../forms/field-errors.js';
import { formAlert, selectField } from '../forms/fields.js';
import {
  draftFromSlide,
  emptySlideDraft,
  isSlideKind,
  type SlideDraft,
} from '../forms/slide-draft.js';
import { renderSlideFields, SLIDE_FIELD_PATHS } from '../forms/slide-fields.js';
import { slideKindLabel } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './figure-source-panel.js';
import './media-upload.js';
import './review-panel.js';
import './slide-preview.js';
import { ownerField, ownerOf } from './owner-select.js';

const KINDS = SlideInputSchema.options.map((option) => option.shape.kind.value);

interface SlideContext {
  media: Media[];
  procedures: Procedure[];
  hotlines: Hotline[];
  settings: Settings | null;
}

/** Creates or edits one slide, validated with the shared schema, beside a live preview. */
@customElement('slide-editor')
@localized()
export class SlideEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(20rem, 1fr) minmax(20rem, 1.2fr);
        gap: 1.5rem;
        align-items: start;
      }
      .preview {
        position: sticky;
        top: 1rem;
      }
      .thumb {
        max-width: 12rem;
        max-height: 8rem;
        border: 1px solid var(--c-line);
        border-radius: 4px;
      }
      @media (max-width: 1100px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
        .preview {
          position: static;
        }
      }
    `,
  ];

  /** The slide to edit; null creates a new one of `newKind`. */
  @property({ attribute: false }) slideId: string | null = null;
  @property({ attribute: false }) newKind = 'message';

  @state() private draft: SlideDraft = emptySlideDraft('message');
  /** The loaded item's place in the approval; null for a new one. */
  @state() private reviewed: StoredSlide | null = null;
  /** Shown above the form after saving a draft that still has to be submitted. */
  @state() private savedNotice: string | null = takeDraftSavedNotice();
  /** Files uploaded from this form since the library was loaded, newest last. */
  @state() private uploaded: Media[] = [];

  private readonly editor = new EditorController(this, () => this.draft, {
    check: () => validate(SlideInputSchema, this.draft),
    submit: (input) => {
      const body = { ...input, ...ownerField(this) };
      return saveItem('slides', this.slideId, body, StoredSlideSchema);
    },
    saved: (saved) => {
      this.savedNotice = afterDraftSave('slides', this.slideId, saved);
      if (this.savedNotice) this.reviewed = saved;
    },
    announceInvalid: true,
  });

  private readonly loader = new Task(this, {
    task: async ([id], { signal }) => {
      const [slide, media, procedures, hotlines, settings] = await Promise.all([
        id ? api.get(`/api/slides/${encodeURIComponent(id)}`, StoredSlideSchema, signal) : null,
        listItems('media', StoredMediaSchema, signal),
        listItems('procedures', StoredProcedureSchema, signal),
        listItems('hotlines', StoredHotlineSchema, signal),
        // The preview's header still works without the agency's name.
        api.get('/api/settings', SettingsSchema, signal).catch(() => null),
      ]);
      this.reviewed = slide;
      this.draft = slide
        ? draftFromSlide(slide)
        : emptySlideDraft(isSlideKind(this.newKind) ? this.newKind : 'message');
      this.editor.markClean();
      return { media, procedures, hotlines, settings } satisfies SlideContext;
    },
    args: () => [this.slideId] as const,
  });

  private set(key: string, value: unknown): void {
    this.draft = { ...this.draft, [key]: value };
    this.editor.fixed(key);
  }

  /** A file uploaded in place joins the choices and is chosen; the rest of the draft stays. */
  private useUploaded(key: string, media: Media): void {
    this.uploaded = [...this.uploaded.filter((m) => m.sha256 !== media.sha256), media];
    this.set(key, media.sha256);
  }

  private changeKind(kind: SlideKind): void {
    this.draft = emptySlideDraft(kind, this.draft);
    this.editor.errors = NO_ERRORS;
  }

  private save(event: SubmitEvent): Promise<void> {
    return this.editor.save(event);
  }

  override render() {
    const title = this.slideId
      ? msg('Sửa trang trình chiếu', { id: 'slides.edit' })
      : msg('Trang trình chiếu mới', { id: 'slides.new' });
    return html`<h1>${title}</h1>
      ${renderTask(this.loader, (context) => this.renderEditor(context))}`;
  }

  private renderEditor(loaded: SlideContext) {
    const preview = validate(SlideInputSchema, this.draft);
    const fresh = new Set(this.uploaded.map((m) => m.sha256));
    const media = [...loaded.media.filter((m) => !fresh.has(m.sha256)), ...this.uploaded];
    const context = { ...loaded, media };
    const { settings } = context;
    return html`${
      this.savedNotice ? html`<p class="notice" role="status">${this.savedNotice}</p>` : ''
    }
      ${
        this.reviewed && this.slideId
          ? html`<review-panel
              .resource=${'slides'}
              .itemId=${this.slideId}
              .status=${this.reviewed.status}
              .review=${this.reviewed.review}
              ?unsaved=${this.editor.dirty.isDirty}
            ></review-panel>`
          : ''
      }
      <div class="layout">
      <form class="card" @submit=${this.save} novalidate>
        <owner-select .value=${ownerOf(this.reviewed)}></owner-select>
        ${
          this.slideId
            ? html`<p><strong>${msg('Loại', { id: 'slide.kind' })}:</strong> ${slideKindLabel(this.draft.kind)}</p>`
            : selectField({
                id: 'slide-kind',
                label: msg('Loại', { id: 'slide.kind' }),
                value: this.draft.kind,
                options: KINDS.map((kind) => ({ value: kind, label: slideKindLabel(kind) })),
                onChange: (value) => {
                  if (isSlideKind(value)) this.changeKind(value);
                },
              })
        }
        ${renderSlideFields({
          draft: this.draft,
          errors: this.editor.errors,
          set: (key, value) => this.set(key, value),
          upload: {
            owner: () => ownerField(this),
            done: (key, uploaded) => this.useUploaded(key, uploaded),
          },
          ...context,
        })}
        ${formAlert(this.editor.failure, unplacedErrors(this.editor.errors, SLIDE_FIELD_PATHS))}
        <div class="form-actions">
          <button class="primary" type="submit" ?disabled=${this.editor.saving || !may('editor')}>
            ${msg('Lưu', { id: 'common.save' })}
          </button>
          <a class="button" href=${routeHref('slides')}>${msg('Huỷ', { id: 'common.cancel' })}</a>
        </div>
      </form>
      <section class="preview card" aria-label=${msg('Xem trước', { id: 'preview.label' })}>
        <slide-preview
          .content=${{
            slide: { ...(preview.ok ? preview.data : this.draft), id: this.slideId ?? 'preview' },
            procedures: context.procedures,
            hotlines: context.hotlines,
            agency: settings
              ? {
                  agencyName: settings.agencyName,
                  agencySubtitle: settings.agencySubtitle,
                  logoSha256: settings.logoSha256,
                  tickerText: settings.tickerText,
                  readingCharsPerSecond: settings.readingCharsPerSecond,
                  tickerCharsPerSecond: settings.tickerCharsPerSecond,
                }
              : null,
          }}
        ></slide-preview>
      </section>
    </div>
    ${
      this.slideId && this.reviewed?.kind === 'figures' && may('admin')
        ? html`<figure-source-panel .slideId=${this.slideId} .items=${this.reviewed.items}></figure-source-panel>`
        : ''
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-editor': SlideEditor;
  }
}
