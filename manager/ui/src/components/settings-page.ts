import { type Settings, SettingsSchema, StoredPlaylistSchema } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { DirtyController } from '../forms/dirty-controller.js';
import {
  errorsFromFailure,
  type FieldErrors,
  NO_ERRORS,
  unplacedErrors,
  validate,
} from '../forms/field-errors.js';
import { checkbox, formAlert, numberField, selectField, textField } from '../forms/fields.js';
import { playlistOptions } from '../forms/playlist-options.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './integration-keys-panel.js';
import { queueCountersFields } from './queue-counters-fields.js';
import { REPORT_FORM_FIELDS, reportFormFields } from './report-form-fields.js';

const SHOWN = [
  'agencyName',
  'agencySubtitle',
  'tickerText',
  'defaultPlaylistId',
  'readingCharsPerSecond',
  'tickerCharsPerSecond',
  'queueCounters',
  ...REPORT_FORM_FIELDS,
];

/** Agency-wide settings: names on every screen, the ticker, the default playlist. */
@customElement('settings-page')
@localized()
export class SettingsPage extends LitElement {
  static override styles = sharedStyles;

  @state() private draft: Settings | null = null;
  @state() private errors: FieldErrors = NO_ERRORS;
  @state() private failure: string | null = null;
  @state() private saved = false;
  @state() private saving = false;

  private readonly dirty = new DirtyController(this, () => this.draft);

  private readonly loader = new Task(this, {
    task: async (_args, { signal }) => {
      const [settings, playlists] = await Promise.all([
        api.get('/api/settings', SettingsSchema, signal),
        listItems('playlists', StoredPlaylistSchema, signal),
      ]);
      this.draft = settings;
      this.dirty.markClean();
      return playlists;
    },
    args: () => [],
  });

  private set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, [key]: value };
    this.saved = false;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.failure = null;
    const checked = validate(SettingsSchema, this.draft);
    if (!checked.ok) {
      this.errors = checked.errors;
      return;
    }
    this.saving = true;
    try {
      this.draft = await api.put('/api/settings', checked.data, SettingsSchema);
      this.errors = NO_ERRORS;
      this.dirty.markClean();
      this.saved = true;
    } catch (error) {
      this.errors = errorsFromFailure(error);
      this.failure = describeFailure(error);
    } finally {
      this.saving = false;
    }
  }

  override render() {
    return html`<h1>${msg('Cài đặt', { id: 'nav.settings' })}</h1>
      ${renderTask(this.loader, (playlists) => {
        const d = this.draft;
        if (!d) return '';
        return html`<form class="card" @submit=${this.save} novalidate>
          ${textField({
            id: 'agencyName',
            label: msg('Tên cơ quan', { id: 'settings.agencyName' }),
            value: d.agencyName,
            required: true,
            error: this.errors.agencyName,
            onInput: (value) => this.set('agencyName', value),
          })}
          ${textField({
            id: 'agencySubtitle',
            label: msg('Dòng phụ dưới tên cơ quan', { id: 'settings.subtitle' }),
            value: d.agencySubtitle,
            error: this.errors.agencySubtitle,
            onInput: (value) => this.set('agencySubtitle', value),
          })}
          ${textField({
            id: 'tickerText',
            label: msg('Dòng chữ chạy', { id: 'settings.ticker' }),
            hint: msg('Hiện ở chân mọi màn hình, cùng các số đường dây nóng.', {
              id: 'settings.tickerHint',
            }),
            value: d.tickerText,
            multiline: true,
            error: this.errors.tickerText,
            onInput: (value) => this.set('tickerText', value),
          })}
          ${selectField({
            id: 'defaultPlaylistId',
            label: msg('Danh sách phát mặc định', { id: 'screen.defaultPlaylist' }),
            hint: msg('Phát khi không có lịch nào và màn hình không có danh sách riêng.', {
              id: 'settings.defaultHint',
            }),
            value: d.defaultPlaylistId ?? '',
            options: playlistOptions(playlists, msg('— Không có —', { id: 'common.none' })),
            error: this.errors.defaultPlaylistId,
            onChange: (value) => this.set('defaultPlaylistId', value || null),
          })}
          ${numberField({
            id: 'readingCharsPerSecond',
            label: msg('Tốc độ đọc (ký tự/giây)', { id: 'settings.readingSpeed' }),
            hint: msg('Mỗi trang hiện ít nhất 2 giây cộng thời gian đọc hết chữ ở tốc độ này.', {
              id: 'settings.readingSpeedHint',
            }),
            value: d.readingCharsPerSecond,
            min: 4,
            max: 40,
            error: this.errors.readingCharsPerSecond,
            onInput: (value) => this.set('readingCharsPerSecond', value),
          })}
          ${numberField({
            id: 'tickerCharsPerSecond',
            label: msg('Tốc độ chữ chạy (ký tự/giây)', { id: 'settings.tickerSpeed' }),
            value: d.tickerCharsPerSecond,
            min: 1,
            max: 10,
            error: this.errors.tickerCharsPerSecond,
            onInput: (value) => this.set('tickerCharsPerSecond', value),
          })}
          ${checkbox({
            id: 'crossfade',
            label: msg('Chuyển cảnh mờ dần giữa các trang', { id: 'settings.crossfade' }),
            checked: d.crossfade,
            onChange: (checked) => this.set('crossfade', checked),
          })}
          ${reportFormFields(d, this.errors, (key, value) => this.set(key, value))}
          ${queueCountersFields(d.queueCounters, this.errors, (counters) =>
            this.set('queueCounters', counters),
          )}
          ${formAlert(this.failure, unplacedErrors(this.errors, SHOWN))}
          ${
            this.saved
              ? html`<p class="notice" role="status">${msg('Đã lưu.', { id: 'common.saved' })}</p>`
              : ''
          }
          <button class="primary" type="submit" ?disabled=${this.saving}>
            ${msg('Lưu', { id: 'common.save' })}
          </button>
        </form>
        <integration-keys-panel></integration-keys-panel>`;
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-page': SettingsPage;
  }
}
