import {
  PlaylistInputSchema,
  type PlaylistItem,
  type PreviewFit,
  type Procedure,
  SettingsSchema,
  type Slide,
  StoredHotlineSchema,
  StoredMediaSchema,
  type StoredPlaylist,
  StoredPlaylistSchema,
  StoredProcedureSchema,
  StoredSlideSchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { api, listItems, saveItem } from '../api/api-client.js';
import { may } from '../api/signed-in-user.js';
import type { SlideFitsMeasuredEvent } from '../events/slide-fits-measured-event.js';
import { formatDuration } from '../format/format.js';
import { afterDraftSave, takeDraftSavedNotice } from '../forms/draft-saved.js';
import { EditorController } from '../forms/editor-controller.js';
import { errorAt, unplacedErrors, validate } from '../forms/field-errors.js';
import { formAlert, selectField, textField } from '../forms/fields.js';
import { defaultItemSeconds } from '../forms/item-default-seconds.js';
import { itemSeconds } from '../forms/loop-duration.js';
import { slideKindLabel } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './review-panel.js';
import { ownerField, ownerOf } from './owner-select.js';
import type { FitRequest } from './slide-fit-probe.js';
import './slide-fit-probe.js';
import { plural } from '../i18n/plural.js';
import { encodeQr } from './slide-preview.js';

interface DraftItem {
  /** Stable across reordering, so that rows keep their focus and state. */
  key: number;
  slideId: string;
  durationSeconds: number;
}

interface PlaylistDraft {
  name: string;
  items: DraftItem[];
}

/** Edits a playlist: its slides in order (drag and drop, or the move buttons), each one's time. */
@customElement('playlist-editor')
@localized()
export class PlaylistEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      li {
        display: grid;
        grid-template-columns: 2rem 2.5rem 1fr 9rem auto;
        gap: 0.75rem;
        align-items: center;
        padding: 0.5rem;
        margin-bottom: 0.4rem;
        background: var(--c-surface);
        border: 1px solid var(--c-line);
        border-radius: 6px;
      }
      li[data-drop-target] {
        border: 2px dashed var(--c-primary);
      }
      .handle {
        cursor: grab;
        color: var(--c-muted);
        font-size: 1.3rem;
        text-align: center;
      }
      .position {
        font-weight: 600;
      }
      .item-actions {
        display: flex;
        gap: 0.3rem;
      }
      li .field {
        margin: 0;
        flex-direction: row;
        align-items: center;
        gap: 0.4rem;
      }
      .total {
        font-size: 1.1rem;
      }
      .add {
        display: flex;
        gap: 0.5rem;
        align-items: end;
        flex-wrap: wrap;
      }
      .add .field {
        flex: 1 1 16rem;
        margin: 0;
      }
    `,
  ];

  /** The playlist to edit; null creates one. */
  @property({ attribute: false }) playlistId: string | null = null;

  @state() private draft: PlaylistDraft = { name: '', items: [] };
  /** The loaded item's place in the approval; null for a new one. */
  @state() private reviewed: StoredPlaylist | null = null;
  /** Shown above the form after saving a draft that still has to be submitted. */
  @state() private savedNotice: string | null = takeDraftSavedNotice();
  @state() private toAdd = '';
  @state() private dragFrom: number | null = null;
  @state() private dropAt: number | null = null;
  @state() private announcement = '';
  /** How the player shows each item on a landscape screen, by `fitKey`. */
  @state() private fits: ReadonlyMap<string, PreviewFit> = new Map();
  private nextKey = 0;

  private readonly editor = new EditorController(this, () => this.draft, {
    check: () =>
      validate(PlaylistInputSchema, {
        name: this.draft.name,
        items: this.draft.items.map(({ slideId, durationSeconds }) => ({
          slideId,
          durationSeconds,
        })),
      }),
    submit: (input) => {
      const body = { ...input, ...ownerField(this) };
      return saveItem('playlists', this.playlistId, body, StoredPlaylistSchema);
    },
    saved: (saved) => {
      this.savedNotice = afterDraftSave('playlists', this.playlistId, saved);
      if (this.savedNotice) this.reviewed = saved;
    },
  });

  private readonly loader = new Task(this, {
    task: async ([id], { signal }) => {
      const [playlist, slides, procedures, hotlines, settings, media] = await Promise.all([
        id
          ? api.get(`/api/playlists/${encodeURIComponent(id)}`, StoredPlaylistSchema, signal)
          : null,
        listItems('slides', StoredSlideSchema, signal),
        listItems('procedures', StoredProcedureSchema, signal),
        listItems('hotlines', StoredHotlineSchema, signal),
        api.get('/api/settings', SettingsSchema, signal),
        listItems('media', StoredMediaSchema, signal),
      ]);
      this.reviewed = playlist;
      this.draft = playlist
        ? {
            name: playlist.name,
            items: playlist.items.map((item) => ({ ...item, key: this.nextKey++ })),
          }
        : { name: '', items: [] };
      this.toAdd = slides[0]?.id ?? '';
      this.editor.markClean();
      const content = { procedures, hotlines, agency: settings };
      const bySlide = new Map(slides.map((slide) => [slide.id, slide]));
      return { slides: bySlide, procedures, content, media };
    },
    args: () => [this.playlistId] as const,
  });

  private setItems(items: DraftItem[]): void {
    this.draft = { ...this.draft, items };
  }

  private move(from: number, to: number, focusButton?: 'up' | 'down'): void {
    const items = [...this.draft.items];
    if (to < 0 || to >= items.length || from === to) return;
    const [moved] = items.splice(from, 1);
    if (!moved) return;
    items.splice(to, 0, moved);
    this.setItems(items);
    this.announcement = msg(str`Đã chuyển tới vị trí ${to + 1}.`, { id: 'playlist.moved' });
    if (focusButton) {
      // Keyboard users keep their place: focus follows the moved row.
      void this.updateComplete.then(() => {
        const row = this.renderRoot.querySelector(`li[data-key="${moved.key}"]`);
        // At either end the pressed button is disabled; the other move button takes focus.
        const pressed = row?.querySelector<HTMLButtonElement>(`button[data-move="${focusButton}"]`);
        const other = row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
        (pressed && !pressed.disabled ? pressed : other)?.focus();
      });
    }
  }

  private add(): void {
    const loaded = this.loader.value;
    if (!this.toAdd || !loaded) return;
    const durationSeconds = defaultItemSeconds(loaded.slides.get(this.toAdd), loaded.media);
    this.setItems([
      ...this.draft.items,
      { key: this.nextKey++, slideId: this.toAdd, durationSeconds },
    ]);
  }

  private save(event: SubmitEvent): Promise<void> {
    return this.editor.save(event);
  }

  override render() {
    const title = this.playlistId
      ? msg('Sửa danh sách phát', { id: 'playlists.edit' })
      : msg('Danh sách phát mới', { id: 'playlists.new' });
    return html`<h1>${title}</h1>
      ${renderTask(this.loader, ({ slides, procedures, content }) => {
        const total = this.draft.items.reduce((sum, item) => {
          const fit = this.fits.get(fitKey(item));
          const planned = itemSeconds(item, slides.get(item.slideId), procedures);
          return sum + (fit ? Math.max(planned, Math.round(fit.durationMs / 1000)) : planned);
        }, 0);
        const requests: FitRequest[] = this.draft.items.flatMap((item) => {
          const slide = slides.get(item.slideId);
          if (!slide) return [];
          const qrCodes = slide.kind === 'qr' ? encodeQr(slide.url) : {};
          const { durationSeconds } = item;
          const message = { ...content, slide, durationSeconds, qrCodes } as const;
          return [
            {
              key: fitKey(item),
              message: { ...message, orientation: 'landscape', layout: 'full' },
            },
          ];
        });
        const shown = ['name', 'items'];
        return html`${
          this.savedNotice ? html`<p class="notice" role="status">${this.savedNotice}</p>` : ''
        }
      ${
        this.reviewed && this.playlistId
          ? html`<review-panel
              .resource=${'playlists'}
              .itemId=${this.playlistId}
              .status=${this.reviewed.status}
              .review=${this.reviewed.review}
              ?unsaved=${this.editor.dirty.isDirty}
            ></review-panel>`
          : ''
      }
          <form class="card" @submit=${this.save} novalidate>
          <owner-select .value=${ownerOf(this.reviewed)}></owner-select>
          ${textField({
            id: 'name',
            label: msg('Tên danh sách phát', { id: 'playlist.name' }),
            value: this.draft.name,
            required: true,
            error: this.editor.errors.name,
            onInput: (name) => {
              this.draft = { ...this.draft, name };
            },
          })}
          <h2 id="items-heading">${msg('Các trang theo thứ tự phát', { id: 'playlist.items' })}</h2>
          <p class="hint">
            ${msg('Kéo thả để đổi thứ tự, hoặc dùng nút Lên/Xuống.', { id: 'playlist.reorderHint' })}
          </p>
          ${this.editor.errors.items ? html`<p class="field-error">${this.editor.errors.items}</p>` : ''}
          ${
            this.draft.items.length === 0
              ? html`<p class="empty">${msg('Chưa có trang nào.', { id: 'playlist.empty' })}</p>`
              : html`<ol aria-labelledby="items-heading">
                ${repeat(
                  this.draft.items,
                  (item) => item.key,
                  (item, index) => this.renderItem(item, index, slides, procedures),
                )}
              </ol>`
          }
          <slide-fit-probe
            .requests=${requests}
            @slide-fits-measured=${(event: SlideFitsMeasuredEvent) => {
              this.fits = event.fits;
            }}
          ></slide-fit-probe>
          <p class="total" aria-live="polite">
            ${msg('Tổng thời gian một vòng', { id: 'playlist.total' })}:
            <strong>${formatDuration(total)}</strong>
          </p>
          <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
          <div class="add">
            ${selectField({
              id: 'add-slide',
              label: msg('Thêm trang', { id: 'playlist.addSlide' }),
              value: this.toAdd,
              options: [...slides.values()].map((slide) => ({
                value: slide.id,
                label: `${slide.title} (${slideKindLabel(slide.kind)})`,
              })),
              onChange: (value) => {
                this.toAdd = value;
              },
            })}
            <button type="button" @click=${this.add} ?disabled=${!this.toAdd}>
              + ${msg('Thêm', { id: 'common.add' })}
            </button>
          </div>
          ${formAlert(this.editor.failure, unplacedErrors(this.editor.errors, shown))}
          <div class="form-actions">
            <button class="primary" type="submit" ?disabled=${this.editor.saving || !may('editor')}>
              ${msg('Lưu', { id: 'common.save' })}
            </button>
            <a class="button" href=${routeHref('playlists')}>${msg('Huỷ', { id: 'common.cancel' })}</a>
          </div>
        </form>`;
      })}`;
  }

  /** How the player shows the item on a landscape screen, and whether its time is too short. */
  private renderFit(item: DraftItem, slide: Slide | undefined) {
    const fit = this.fits.get(fitKey(item));
    if (!fit) return '';
    const seconds = Math.round(fit.durationMs / 1000);
    const pages = fit.pageMs.length;
    const maxSeconds = slide?.maxSeconds;
    const overMax = maxSeconds !== undefined && seconds > maxSeconds;
    const tooShort = !overMax && seconds > item.durationSeconds;
    return html`<span class="muted" data-testid="item-fit">
      · ${plural(pages, {
        one: () =>
          msg(str`${pages} trang, ${seconds} giây trên màn hình ngang`, { id: 'playlist.fit.one' }),
        other: () =>
          msg(str`${pages} trang, ${seconds} giây trên màn hình ngang`, { id: 'playlist.fit' }),
      })}
      ${tooShort ? msg(str`(cần ${seconds} giây để đọc hết)`, { id: 'playlist.fitTooShort' }) : ''}
      ${
        overMax
          ? html`<span class="field-error">${msg(
              str`(không đọc kịp trong ${maxSeconds} giây tối đa: cần ${seconds} giây)`,
              { id: 'playlist.fitOverMax' },
            )}</span>`
          : ''
      }
    </span>`;
  }

  private renderItem(
    item: DraftItem,
    index: number,
    slides: Map<string, Slide>,
    procedures: Procedure[],
  ) {
    const slide = slides.get(item.slideId);
    const name = slide?.title ?? msg('(trang đã bị xoá)', { id: 'playlist.missingSlide' });
    const last = this.draft.items.length - 1;
    const error = errorAt(this.editor.errors, `items.${index}`);
    const setDuration = (durationSeconds: number) =>
      this.setItems(
        this.draft.items.map((other) =>
          other.key === item.key ? { ...other, durationSeconds } : other,
        ),
      );
    return html`<li
      data-key=${item.key}
      draggable="true"
      ?data-drop-target=${this.dropAt === index && this.dragFrom !== index}
      @dragstart=${(event: DragEvent) => {
        this.dragFrom = index;
        event.dataTransfer?.setData('text/plain', String(index));
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      }}
      @dragover=${(event: DragEvent) => {
        event.preventDefault();
        this.dropAt = index;
      }}
      @drop=${(event: DragEvent) => {
        event.preventDefault();
        if (this.dragFrom !== null) this.move(this.dragFrom, index);
        this.dragFrom = null;
        this.dropAt = null;
      }}
      @dragend=${() => {
        this.dragFrom = null;
        this.dropAt = null;
      }}
    >
      <span class="handle" aria-hidden="true">⠿</span>
      <span class="position">${index + 1}.</span>
      <span>
        ${name}
        <span class="muted">· ${slide ? slideKindLabel(slide.kind) : ''}</span>
        ${
          slide?.kind === 'video' && slide.playToEnd
            ? html`<span class="muted">· ${msg('phát hết video', { id: 'playlist.playsToEnd' })}</span>`
            : ''
        }
        ${this.renderFit(item, slide)}
        ${error ? html`<span class="field-error" id="item-${item.key}-error">${error}</span>` : ''}
      </span>
      ${
        slide?.kind === 'procedures'
          ? html`<span class="muted">
            ${msg('Theo số trang', { id: 'playlist.byPages' })}:
            ${formatDuration(itemSeconds(item, slide, procedures))}
          </span>`
          : html`<div class="field">
            <label class="visually-hidden" for="duration-${item.key}">
              ${msg(str`Số giây hiển thị: ${name}`, { id: 'playlist.durationOf' })}
            </label>
            <input
              id="duration-${item.key}"
              type="number"
              min="1"
              max="3600"
              .value=${Number.isNaN(item.durationSeconds) ? '' : String(item.durationSeconds)}
              aria-invalid=${error ? 'true' : 'false'}
              @input=${(event: Event) => setDuration((event.target as HTMLInputElement).valueAsNumber)}
            />
            <span class="hint" aria-hidden="true">${msg('giây', { id: 'playlist.seconds' })}</span>
          </div>`
      }
      <span class="item-actions">
        <button
          type="button"
          class="small"
          data-move="up"
          ?disabled=${index === 0}
          aria-label=${msg(str`Chuyển lên: ${name}`, { id: 'playlist.moveUp' })}
          @click=${() => this.move(index, index - 1, 'up')}
        >↑</button>
        <button
          type="button"
          class="small"
          data-move="down"
          ?disabled=${index === last}
          aria-label=${msg(str`Chuyển xuống: ${name}`, { id: 'playlist.moveDown' })}
          @click=${() => this.move(index, index + 1, 'down')}
        >↓</button>
        <button
          type="button"
          class="small danger"
          aria-label=${msg(str`Bỏ khỏi danh sách: ${name}`, { id: 'playlist.removeItem' })}
          @click=${() => this.setItems(this.draft.items.filter((other) => other.key !== item.key))}
        >✕</button>
      </span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'playlist-editor': PlaylistEditor;
  }
}

/** Items with the same slide and time show the same: they share one measurement. */
function fitKey(item: Pick<PlaylistItem, 'slideId' | 'durationSeconds'>): string {
  return `${item.slideId}:${item.durationSeconds}`;
}
