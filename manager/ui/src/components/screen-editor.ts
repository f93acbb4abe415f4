import {
  LAYOUTS,
  ORIENTATIONS,
  type ScreenGroup,
  ScreenGroupSchema,
  type ScreenInput,
  ScreenInputSchema,
  ScreenSchema,
  StoredPlaylistSchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { may } from '../api/signed-in-user.js';
import { formatDateTime, formatNumber } from '../format/format.js';
import { EditorController } from '../forms/editor-controller.js';
import { errorAt, unplacedErrors, validate } from '../forms/field-errors.js';
import { checkbox, checkboxGroup, formAlert, selectField, textField } from '../forms/fields.js';
import { playlistOptions } from '../forms/playlist-options.js';
import { zoneFields } from '../forms/zone-fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { layoutLabel, orientationLabel } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { navigate, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './kiosk-link.js';
import './screen-commands.js';
import './screen-layout-preview.js';
import './screen-live-status.js';

type ScreenDraft = Required<ScreenInput>;

const SHOWN = [
  'name',
  'location',
  'groupIds',
  'orientation',
  'layout',
  'timeZone',
  'defaultPlaylistId',
  'tickerCharsPerSecond',
  'crossfade',
  'zones',
  'speakCalls',
];

/** Ticker speeds offered, in characters per second, within the schema's bounds of 1 to 10. */
const TICKER_SPEEDS = Array.from({ length: 19 }, (_, i) => 1 + i / 2);

/** The offered speeds, plus the screen's own when it was set to another value through the API. */
function tickerSpeeds(current: number | null): number[] {
  if (current === null || TICKER_SPEEDS.includes(current)) return TICKER_SPEEDS;
  return [...TICKER_SPEEDS, current].sort((a, b) => a - b);
}

/**
 * Edits one screen's name, place, groups, orientation, layout, time zone, default playlist, and
 * its own ticker speed and crossfade (or the agency's).
 */
@customElement('screen-editor')
@localized()
export class ScreenEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .new-group {
        align-items: flex-end;
      }
      .new-group button {
        margin-bottom: 1rem;
      }
      .kiosk,
      .now-showing {
        display: block;
        margin-top: 1.5rem;
      }
    `,
  ];

  @property({ attribute: false }) screenId = '';

  @state() private draft: ScreenDraft = ScreenInputSchema.parse({ name: '-' });
  @state() private newGroup = '';
  @state() private groupError: string | null = null;
  @state() private groups: ScreenGroup[] = [];

  private readonly editor = new EditorController(this, () => this.draft, {
    check: () => validate(ScreenInputSchema, this.draft),
    submit: (input) =>
      api.put(`/api/screens/${encodeURIComponent(this.screenId)}`, input, ScreenSchema),
    saved: () => navigate(routeHref('screens')),
  });

  private readonly loader = new Task(this, {
    task: async ([id], { signal }) => {
      const [screen, groups, playlists] = await Promise.all([
        api.get(`/api/screens/${encodeURIComponent(id)}`, ScreenSchema, signal),
        listItems('groups', ScreenGroupSchema, signal),
        listItems('playlists', StoredPlaylistSchema, signal),
      ]);
      const { id: _id, paired: _paired, lastSeenAt: _seen, manifestVersion: _v, ...draft } = screen;
      this.draft = draft;
      this.groups = groups;
      this.editor.markClean();
      return { screen, playlists };
    },
    args: () => [this.screenId] as const,
  });

  private set<K extends keyof ScreenDraft>(key: K, value: ScreenDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private async addGroup(): Promise<void> {
    const name = this.newGroup.trim();
    this.groupError = null;
    if (!name) {
      this.groupError = msg('Bắt buộc nhập.', { id: 'issue.required' });
      return;
    }
    try {
      const group = await api.post('/api/groups', { name }, ScreenGroupSchema);
      this.newGroup = '';
      this.groups = [...this.groups, group];
      this.set('groupIds', [...this.draft.groupIds, group.id]);
    } catch (error) {
      this.groupError = describeFailure(error);
    }
  }

  private save(event: SubmitEvent): Promise<void> {
    return this.editor.save(event);
  }

  override render() {
    return html`<h1>${msg('Sửa màn hình', { id: 'screens.edit' })}</h1>
      ${renderTask(this.loader, ({ screen, playlists }) => {
        const d = this.draft;
        return html`<form class="card" @submit=${this.save} novalidate>
          <p class="muted">
            ${msg('Liên lạc gần nhất', { id: 'dashboard.lastSeen' })}:
            ${screen.lastSeenAt ? formatDateTime(screen.lastSeenAt) : '—'}
          </p>
          <screen-commands .screenId=${screen.id} .screenName=${screen.name}></screen-commands>
          ${textField({
            id: 'name',
            label: msg('Tên màn hình', { id: 'screen.name' }),
            value: d.name,
            required: true,
            error: this.editor.errors.name,
            onInput: (value) => this.set('name', value),
          })}
          ${textField({
            id: 'location',
            label: msg('Vị trí', { id: 'screen.location' }),
            value: d.location,
            error: this.editor.errors.location,
            onInput: (value) => this.set('location', value),
          })}
          ${
            this.groups.length
              ? checkboxGroup({
                  id: 'groups',
                  legend: msg('Nhóm màn hình', { id: 'screen.groups' }),
                  options: this.groups.map((group) => ({ value: group.id, label: group.name })),
                  selected: d.groupIds,
                  error: errorAt(this.editor.errors, 'groupIds'),
                  onChange: (selected) => this.set('groupIds', selected),
                })
              : ''
          }
          <div class="toolbar new-group">
            ${textField({
              id: 'new-group',
              label: msg('Nhóm mới', { id: 'screen.newGroup' }),
              value: this.newGroup,
              error: this.groupError ?? undefined,
              onInput: (value) => {
                this.newGroup = value;
              },
            })}
            <button type="button" class="small" @click=${this.addGroup}>
              ${msg('Thêm nhóm', { id: 'screen.addGroup' })}
            </button>
          </div>
          ${selectField({
            id: 'orientation',
            label: msg('Hướng màn hình', { id: 'screen.orientation' }),
            value: d.orientation,
            options: ORIENTATIONS.map((value) => ({ value, label: orientationLabel(value) })),
            error: this.editor.errors.orientation,
            onChange: (value) =>
              this.set('orientation', value === 'portrait' ? 'portrait' : 'landscape'),
          })}
          ${selectField({
            id: 'layout',
            label: msg('Bố cục', { id: 'screen.layout' }),
            value: d.layout,
            options: LAYOUTS.map((value) => ({ value, label: layoutLabel(value) })),
            error: this.editor.errors.layout,
            onChange: (value) => this.set('layout', LAYOUTS.find((l) => l === value) ?? 'full'),
          })}
          ${zoneFields({
            id: 'zone',
            layout: d.layout,
            zones: d.zones,
            playlists,
            errors: this.editor.errors,
            path: 'zones',
            onChange: (zones) => this.set('zones', zones),
          })}
          <screen-layout-preview
            .orientation=${d.orientation}
            .layout=${d.layout}
            .zones=${d.zones}
            .mainPlaylistId=${d.defaultPlaylistId}
            .screenId=${screen.id}
          ></screen-layout-preview>
          ${checkbox({
            id: 'speakCalls',
            label: msg('Đọc to số được gọi (khi màn hình có giọng tiếng Việt)', {
              id: 'screen.speakCalls',
            }),
            checked: d.speakCalls,
            onChange: (checked) => this.set('speakCalls', checked),
          })}
          ${textField({
            id: 'timeZone',
            label: msg('Múi giờ', { id: 'screen.timeZone' }),
            value: d.timeZone,
            hint: msg('Để nguyên nếu màn hình ở Việt Nam (giờ Việt Nam, UTC+7).', {
              id: 'screen.timeZoneHint',
            }),
            error: this.editor.errors.timeZone,
            onInput: (value) => this.set('timeZone', value),
          })}
          ${selectField({
            id: 'defaultPlaylistId',
            label: msg('Danh sách phát mặc định', { id: 'screen.defaultPlaylist' }),
            value: d.defaultPlaylistId ?? '',
            options: playlistOptions(
              playlists,
              msg('— Theo nhóm hoặc cơ quan —', { id: 'screen.inheritPlaylist' }),
            ),
            error: this.editor.errors.defaultPlaylistId,
            onChange: (value) => this.set('defaultPlaylistId', value || null),
          })}
          ${selectField({
            id: 'tickerCharsPerSecond',
            label: msg('Tốc độ chữ chạy (ký tự/giây)', { id: 'settings.tickerSpeed' }),
            value: d.tickerCharsPerSecond === null ? '' : String(d.tickerCharsPerSecond),
            options: [
              { value: '', label: msg('Theo cài đặt chung', { id: 'screen.followAgency' }) },
              ...tickerSpeeds(d.tickerCharsPerSecond).map((speed) => ({
                value: String(speed),
                label: formatNumber(speed),
              })),
            ],
            error: this.editor.errors.tickerCharsPerSecond,
            onChange: (value) => this.set('tickerCharsPerSecond', value ? Number(value) : null),
          })}
          ${selectField({
            id: 'crossfade',
            label: msg('Chuyển cảnh mờ dần giữa các trang', { id: 'settings.crossfade' }),
            value: d.crossfade === null ? '' : d.crossfade ? 'on' : 'off',
            options: [
              { value: '', label: msg('Theo cài đặt chung', { id: 'screen.followAgency' }) },
              { value: 'on', label: msg('Bật', { id: 'screen.crossfadeOn' }) },
              { value: 'off', label: msg('Tắt', { id: 'screen.crossfadeOff' }) },
            ],
            error: this.editor.errors.crossfade,
            onChange: (value) => this.set('crossfade', value ? value === 'on' : null),
          })}
          ${formAlert(this.editor.failure, unplacedErrors(this.editor.errors, SHOWN))}
          <div class="form-actions">
            <button class="primary" type="submit" ?disabled=${this.editor.saving}>
              ${msg('Lưu', { id: 'common.save' })}
            </button>
            <a class="button" href=${routeHref('screens')}>${msg('Huỷ', { id: 'common.cancel' })}</a>
          </div>
        </form>
        <screen-live-status class="now-showing" .screenId=${screen.id}></screen-live-status>
        ${may('admin') ? html`<section class="card kiosk"><kiosk-link .screenId=${screen.id}></kiosk-link></section>` : ''}`;
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-editor': ScreenEditor;
  }
}
