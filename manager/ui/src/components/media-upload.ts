import { MediaDurationMsSchema, StoredMediaSchema } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { uploadFile } from '../api/upload-file.js';
import { MediaUploadedEvent } from '../events/media-uploaded-event.js';
import { formatBytes, formatNumber } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { readClipDurationMs } from '../media/read-clip-duration.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { ownerField } from './owner-select.js';

/** Which files a drop zone takes: any accepted media, or only pictures, or only videos. */
export type MediaFamily = 'any' | 'image' | 'video';

const ACCEPT: Record<MediaFamily, string> = {
  any: 'image/png,image/jpeg,image/webp,image/gif,video/mp4,video/webm',
  image: 'image/png,image/jpeg,image/webp,image/gif',
  video: 'video/mp4,video/webm',
};

interface Upload {
  key: number;
  file: File;
  progress: number;
  state: 'sending' | 'done' | 'failed';
  error: string;
}

/**
 * A drop zone and a file picker; each file gets a progress bar and its own outcome. A video's
 * length is read in the browser and sent with it. Inside another form (`family` set to one kind,
 * `owner` given by the host) it takes one file at a time and shows no owner choice of its own.
 */
@customElement('media-upload')
@localized()
export class MediaUpload extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .zone {
        border: 2px dashed var(--c-border);
        border-radius: 8px;
        padding: 1.5rem;
        text-align: center;
        background: var(--c-surface);
      }
      .zone[data-over] {
        border-color: var(--c-primary);
        background: #e8f0fa;
      }
      input[type='file'] {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
      }
      input[type='file']:focus-visible + label {
        outline: 3px solid var(--c-focus);
        outline-offset: 2px;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 1rem 0 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(8rem, 1fr) minmax(8rem, 2fr);
        gap: 0.25rem 1rem;
        align-items: center;
        padding: 0.4rem 0;
        border-bottom: 1px solid var(--c-line);
      }
      progress {
        width: 100%;
        height: 1rem;
      }
      .done {
        color: var(--c-ok);
        font-weight: 600;
      }
    `,
  ];

  @property() family: MediaFamily = 'any';
  /** The owner to upload for, from the host's form; unset: this element's own owner choice. */
  @property({ attribute: false }) owner: (() => { ownerGroupId?: string | null }) | null = null;

  @state() private uploads: Upload[] = [];
  @state() private over = false;
  private nextKey = 0;

  private addFiles(files: FileList | null): void {
    const all = [...(files ?? [])];
    for (const file of this.family === 'any' ? all : all.slice(0, 1)) void this.send(file);
  }

  private patch(key: number, change: Partial<Upload>): void {
    this.uploads = this.uploads.map((upload) =>
      upload.key === key ? { ...upload, ...change } : upload,
    );
  }

  private async send(file: File): Promise<void> {
    const key = this.nextKey++;
    this.uploads = [...this.uploads, { key, file, progress: 0, state: 'sending', error: '' }];
    if (this.family !== 'any' && !file.type.startsWith(`${this.family}/`)) {
      this.patch(key, { state: 'failed', error: this.wrongFamily() });
      return;
    }
    try {
      const url = `/api/media${await uploadQuery(file, this.owner?.() ?? ownerField(this))}`;
      const media = await uploadFile(url, file, StoredMediaSchema, (progress) =>
        this.patch(key, { progress }),
      );
      this.patch(key, { state: 'done', progress: 1 });
      this.dispatchEvent(new MediaUploadedEvent(media));
    } catch (error) {
      this.patch(key, { state: 'failed', error: describeFailure(error) });
    }
  }

  private wrongFamily(): string {
    return this.family === 'image'
      ? msg('Ở đây chỉ nhận tệp ảnh (PNG, JPEG, WebP, GIF).', { id: 'media.onlyImages' })
      : msg('Ở đây chỉ nhận tệp video (MP4, WebM).', { id: 'media.onlyVideos' });
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    this.addFiles(event.dataTransfer?.files ?? null);
  }

  override render() {
    return html`${this.owner ? '' : html`<owner-select></owner-select>`}
      <div
        class="zone"
        ?data-over=${this.over}
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => {
          this.over = false;
        }}
        @drop=${this.onDrop}
      >
        <p>${this.dropHere()}</p>
        <input
          id="file"
          type="file"
          ?multiple=${this.family === 'any'}
          accept=${ACCEPT[this.family]}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            this.addFiles(input.files);
            input.value = '';
          }}
        />
        <label class="button primary" for="file">${msg('Chọn tệp từ máy', { id: 'media.pick' })}</label>
        <p class="hint">${this.types()}</p>
      </div>
      ${
        this.uploads.length
          ? html`<ul aria-label=${msg('Tệp đang tải lên', { id: 'media.uploads' })}>
            ${this.uploads.map((upload) => this.renderUpload(upload))}
          </ul>`
          : ''
      }`;
  }

  private dropHere(): string {
    switch (this.family) {
      case 'image':
        return msg('Kéo và thả một ảnh vào đây, hoặc', { id: 'media.dropImage' });
      case 'video':
        return msg('Kéo và thả một video vào đây, hoặc', { id: 'media.dropVideo' });
      default:
        return msg('Kéo và thả ảnh hoặc video vào đây, hoặc', { id: 'media.dropHere' });
    }
  }

  private types(): string {
    switch (this.family) {
      case 'image':
        return 'PNG, JPEG, WebP, GIF.';
      case 'video':
        return 'MP4, WebM.';
      default:
        return msg('PNG, JPEG, WebP, GIF, MP4, WebM.', { id: 'media.types' });
    }
  }

  private renderUpload(upload: Upload) {
    const percent = Math.round(upload.progress * 100);
    const name = upload.file.name;
    return html`<li data-upload-state=${upload.state}>
      <span>${name} <span class="muted">(${formatBytes(upload.file.size)})</span></span>
      ${
        upload.state === 'failed'
          ? html`<p class="field-error" role="alert">${upload.error}</p>`
          : upload.state === 'done'
            ? html`<span class="done" role="status">${msg('Đã tải lên', { id: 'media.uploaded' })}</span>`
            : html`<progress
              max="100"
              value=${percent}
              aria-label=${msg(str`Đang tải ${name}`, { id: 'media.progress' })}
            >
              ${formatNumber(percent)}%
            </progress>`
      }
    </li>`;
  }
}

/** The upload's query: the owner group when one is named, and a video's measured length. */
async function uploadQuery(file: File, owner: { ownerGroupId?: string | null }): Promise<string> {
  const query = new URLSearchParams();
  // Shared is the server's default for a user without groups: only a group is named.
  if (owner.ownerGroupId) query.set('ownerGroupId', owner.ownerGroupId);
  if (file.type.startsWith('video/')) {
    const durationMs = MediaDurationMsSchema.safeParse(await readClipDurationMs(file));
    if (durationMs.success) query.set('durationMs', String(durationMs.data));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'media-upload': MediaUpload;
  }
}
