import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatNumber } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { routeHref } from '../routing/route.js';
import {
  type CreatedDeck,
  canvasImage,
  createDeck,
  type DeckPage,
} from '../slide-deck/create-deck.js';
import type { PdfPages, PixelSize } from '../slide-deck/open-pdf.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { ownerField } from './owner-select.js';
import './owner-select.js';

/** The screen's resolution: Full HD, turned for a portrait screen. */
const SIZES = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const satisfies Record<string, PixelSize>;
type Orientation = keyof typeof SIZES;

/** A deck longer than this is better split: every page is held as an image in the browser. */
const MAX_PAGES = 100;
const THUMBNAIL_WIDTH = 240;

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'pages'; pdf: PdfPages; thumbnails: string[] }
  | { kind: 'creating'; pdf: PdfPages; thumbnails: string[]; done: number; total: number }
  | { kind: 'created'; deck: CreatedDeck };

/**
 * Turns a PDF (what PowerPoint and Word export) into image slides, one per chosen page, rendered
 * in the browser at the screen's resolution; optionally a playlist of them.
 */
@customElement('slide-deck-import')
@localized()
export class SlideDeckImport extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .pages {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
        gap: 1rem;
        padding: 0;
        list-style: none;
      }
      .pages img {
        display: block;
        max-width: 100%;
        border: 1px solid var(--c-border, #ccc);
      }
    `,
  ];

  @state() private step: Step = { kind: 'choose' };
  @state() private orientation: Orientation = 'landscape';
  @state() private deckName = '';
  @state() private chosen = new Set<number>();
  @state() private makePlaylist = true;
  @state() private seconds = 10;
  @state() private failure: string | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.step.kind === 'pages' || this.step.kind === 'creating') void this.step.pdf.close();
  }

  private async read(file: File): Promise<void> {
    if (this.step.kind === 'pages') void this.step.pdf.close();
    this.failure = null;
    this.step = { kind: 'reading' };
    this.deckName = file.name.replace(/\.pdf$/i, '').slice(0, 150);
    try {
      const { openPdf } = await import('../slide-deck/open-pdf.js');
      const pdf = await openPdf(await file.arrayBuffer());
      if (pdf.count > MAX_PAGES) {
        await pdf.close();
        throw new Error(
          msg(str`Tệp có quá ${MAX_PAGES} trang. Hãy tách tệp.`, { id: 'deck.tooLong' }),
        );
      }
      const thumbnails: string[] = [];
      for (let page = 1; page <= pdf.count; page++) {
        thumbnails.push((await pdf.render(page, this.thumbnailSize())).toDataURL('image/png'));
      }
      this.chosen = new Set(thumbnails.map((_, index) => index + 1));
      this.step = { kind: 'pages', pdf, thumbnails };
    } catch (error) {
      this.failure =
        error instanceof Error && error.name === 'InvalidPDFException'
          ? msg('Tệp không phải PDF hoặc đã hỏng.', { id: 'deck.notPdf' })
          : describeFailure(error);
      this.step = { kind: 'choose' };
    }
  }

  private thumbnailSize(): PixelSize {
    const size = SIZES[this.orientation];
    return {
      width: THUMBNAIL_WIDTH,
      height: Math.round((THUMBNAIL_WIDTH * size.height) / size.width),
    };
  }

  private async create(pdf: PdfPages, thumbnails: string[]): Promise<void> {
    const numbers = [...this.chosen].sort((a, b) => a - b);
    const owner = ownerField(this).ownerGroupId;
    this.failure = null;
    const progress = (done: number) => {
      this.step = { kind: 'creating', pdf, thumbnails, done, total: numbers.length };
    };
    progress(0);
    try {
      const pages: DeckPage[] = [];
      for (const pageNumber of numbers) {
        const canvas = await pdf.render(pageNumber, SIZES[this.orientation]);
        pages.push({ pageNumber, image: await canvasImage(canvas) });
      }
      const deck = await createDeck(
        pages,
        {
          title: this.deckName.trim() || msg('Tài liệu', { id: 'deck.untitled' }),
          pageLabel: msg('trang', { id: 'deck.page' }),
          ownerGroupId: owner,
          playlist: this.makePlaylist
            ? {
                name: this.deckName.trim() || msg('Tài liệu', { id: 'deck.untitled' }),
                durationSeconds: this.seconds,
              }
            : null,
        },
        progress,
      );
      void pdf.close();
      this.step = { kind: 'created', deck };
    } catch (error) {
      // What was made so far stays; the pages stay on show to try again.
      this.failure = describeFailure(error);
      this.step = { kind: 'pages', pdf, thumbnails };
    }
  }

  override render() {
    const busy = this.step.kind === 'reading' || this.step.kind === 'creating';
    return html`<h1>${msg('Nhập trang chiếu từ PDF', { id: 'deck.title' })}</h1>
      <p><a href=${routeHref('slides')}>← ${msg('Về danh sách trang', { id: 'deck.back' })}</a></p>
      <div class="card">
        <fieldset>
          <legend>${msg('Màn hình', { id: 'deck.orientation' })}</legend>
          ${(['landscape', 'portrait'] as const).map(
            (orientation) => html`<label>
              <input
                type="radio"
                name="orientation"
                .checked=${this.orientation === orientation}
                ?disabled=${this.step.kind !== 'choose'}
                @change=${() => {
                  this.orientation = orientation;
                }}
              />
              ${
                orientation === 'landscape'
                  ? msg('Ngang (1920 × 1080)', { id: 'deck.landscape' })
                  : msg('Dọc (1080 × 1920)', { id: 'deck.portrait' })
              }
            </label>`,
          )}
        </fieldset>
        <div class="field">
          <label for="deck-file">${msg('Tệp PDF', { id: 'deck.file' })}</label>
          <input
            id="deck-file"
            type="file"
            accept=".pdf,application/pdf"
            aria-describedby="deck-hint${this.failure ? ' deck-error' : ''}"
            ?disabled=${busy}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void this.read(file);
            }}
          />
          <p class="hint" id="deck-hint">
            ${msg(
              'Trong PowerPoint hoặc Word, chọn Lưu dưới dạng → PDF. Mỗi trang thành một trang chiếu ảnh; bạn chọn trang trước khi tạo.',
              {
                id: 'deck.hint',
              },
            )}
          </p>
          ${this.failure ? html`<p class="field-error" id="deck-error" role="alert">${this.failure}</p>` : ''}
        </div>
        ${this.renderStep()}
      </div>`;
  }

  private renderStep() {
    const step = this.step;
    switch (step.kind) {
      case 'choose':
        return '';
      case 'reading':
        return html`<p role="status">${msg('Đang đọc tệp PDF…', { id: 'deck.reading' })}</p>`;
      case 'pages':
        return this.renderPages(step.pdf, step.thumbnails);
      case 'creating':
        return html`<progress max=${step.total} value=${step.done} aria-label=${msg('Đang tạo trang chiếu', { id: 'deck.creating' })}></progress>`;
      case 'created':
        return this.renderCreated(step.deck);
    }
  }

  private renderPages(pdf: PdfPages, thumbnails: string[]) {
    return html`<h2>${msg(str`Chọn trang (${formatNumber(this.chosen.size)}/${formatNumber(pdf.count)})`, { id: 'deck.choose' })}</h2>
      <ul class="pages" data-testid="deck-pages">
        ${thumbnails.map((src, index) => {
          const page = index + 1;
          const label = msg(str`Trang ${page}`, { id: 'deck.pageNumber' });
          return html`<li>
            <label>
              <input
                type="checkbox"
                .checked=${this.chosen.has(page)}
                @change=${(event: Event) => {
                  const next = new Set(this.chosen);
                  if ((event.target as HTMLInputElement).checked) next.add(page);
                  else next.delete(page);
                  this.chosen = next;
                }}
              />
              ${label}
              <img src=${src} alt=${label} />
            </label>
          </li>`;
        })}
      </ul>
      <div class="field">
        <label for="deck-name">${msg('Tên trang chiếu', { id: 'deck.name' })}</label>
        <input id="deck-name" maxlength="150" .value=${this.deckName} @input=${(event: Event) => {
          this.deckName = (event.target as HTMLInputElement).value;
        }} />
      </div>
      <owner-select></owner-select>
      <div class="field">
        <label>
          <input type="checkbox" .checked=${this.makePlaylist} @change=${(event: Event) => {
            this.makePlaylist = (event.target as HTMLInputElement).checked;
          }} />
          ${msg('Tạo cả danh sách phát theo thứ tự trang', { id: 'deck.playlist' })}
        </label>
      </div>
      ${
        this.makePlaylist
          ? html`<div class="field">
            <label for="deck-seconds">${msg('Số giây mỗi trang', { id: 'deck.seconds' })}</label>
            <input id="deck-seconds" type="number" min="1" max="3600" .value=${String(this.seconds)} @input=${(
              event: Event,
            ) => {
              const value = Number((event.target as HTMLInputElement).value);
              this.seconds = Number.isInteger(value) && value >= 1 && value <= 3600 ? value : 10;
            }} />
          </div>`
          : ''
      }
      <div class="form-actions">
        <button class="primary" ?disabled=${this.chosen.size === 0} @click=${() => this.create(pdf, thumbnails)}>
          ${msg(str`Tạo ${formatNumber(this.chosen.size)} trang chiếu`, { id: 'deck.create' })}
        </button>
      </div>`;
  }

  private renderCreated(deck: CreatedDeck) {
    const drafts = deck.slides.some((slide) => slide.status === 'draft');
    return html`<p class="notice" role="status">
        ${msg(str`Đã tạo ${formatNumber(deck.slides.length)} trang chiếu.`, { id: 'deck.created' })}
        ${
          drafts
            ? msg('Đây là bản nháp: hãy gửi duyệt để người phê duyệt cho phát.', {
                id: 'deck.drafts',
              })
            : ''
        }
      </p>
      <ul data-testid="deck-slides">
        ${deck.slides.map((slide) => html`<li><a href=${routeHref('slides', slide.id)}>${slide.title}</a></li>`)}
      </ul>
      ${
        deck.playlist
          ? html`<p>
            ${msg('Danh sách phát', { id: 'deck.playlistMade' })}:
            <a href=${routeHref('playlists', deck.playlist.id)}>${deck.playlist.name}</a>
          </p>`
          : ''
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slide-deck-import': SlideDeckImport;
  }
}
