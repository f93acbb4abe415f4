import {
  defaultHolidayMode,
  LAYOUTS,
  type Playlist,
  SCHEDULE_KINDS,
  type ScheduleEntry,
  ScheduleEntryInputSchema,
  type Screen,
  type ScreenGroup,
  ScreenGroupSchema,
  ScreenSchema,
  StoredPlaylistSchema,
  type StoredScheduleEntry,
  StoredScheduleEntrySchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { api, listItems, saveItem } from '../api/api-client.js';
import { may } from '../api/signed-in-user.js';
import type { PriorityChosenEvent } from '../events/priority-chosen-event.js';
import { describeTiming } from '../format/describe-schedule.js';
import { fromLocalInput, toLocalInput } from '../format/local-datetime.js';
import { EditorController } from '../forms/editor-controller.js';
import { errorAt, unplacedErrors, type Validation, validate } from '../forms/field-errors.js';
import { checkboxGroup, formAlert, numberField, selectField, textField } from '../forms/fields.js';
import { holidayModeField } from '../forms/holiday-mode-field.js';
import { playlistOptions } from '../forms/playlist-options.js';
import type { SchedulePrefill } from '../forms/schedule-prefill.js';
import { defaultTarget, targetFields } from '../forms/target-fields.js';
import { zoneFields } from '../forms/zone-fields.js';
import { layoutLabel, scheduleKindLabel, weekdayLabels } from '../i18n/labels.js';
import { currentLocale } from '../i18n/locale.js';
import { renderTask } from '../render/render-task.js';
import { navigate, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './screen-layout-preview.js';
import type { ScheduleConflictPanel } from './schedule-conflict-panel.js';
import './review-panel.js';
import './schedule-conflict-panel.js';

type ScheduleInput = z.output<typeof ScheduleEntryInputSchema>;

type ScheduleDraft = Omit<ScheduleEntry, 'id' | 'createdAt'>;

const EMPTY: ScheduleDraft = ScheduleEntryInputSchema.parse({
  name: '-',
  kind: 'off',
}) as ScheduleDraft;

const SHOWN = [
  'name',
  'kind',
  'playlistId',
  'target',
  'startDate',
  'endDate',
  'weekdays',
  'startTime',
  'endTime',
  'rrule',
  'priority',
  'expiresAt',
  'holidayMode',
  'layout',
  'zones',
];

/** An urgent notice that nobody remembers to end keeps the screens hostage: it gets an expiry. */
const DEFAULT_INTERRUPT_HOURS = 2;

function defaultExpiry(now: number): string {
  const step = 5 * 60_000;
  return new Date(
    Math.ceil((now + DEFAULT_INTERRUPT_HOURS * 3_600_000) / step) * step,
  ).toISOString();
}

/** A range dragged in the week view: a weekly repeat on its weekdays, from now on. */
function isUndated(draft: ScheduleDraft): boolean {
  return draft.startDate === null && draft.startTime === null && draft.rrule === null;
}

/**
 * An urgent notice runs from this minute (a whole-day window every day from today, cut by its
 * expiry), so the week view draws it from now, not from the start of time.
 */
function fromNow(): Pick<ScheduleDraft, 'startDate' | 'startTime' | 'endTime'> {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return { startDate: date, startTime: time, endTime: time };
}

function prefilled(draft: ScheduleDraft, prefill: SchedulePrefill | null): ScheduleDraft {
  if (!prefill) return draft;
  return {
    ...draft,
    startDate: null,
    endDate: null,
    weekdays: prefill.weekdays.length === 7 ? [] : prefill.weekdays,
    startTime: prefill.startTime,
    endTime: prefill.endTime,
    target: prefill.screenId
      ? { all: false, screenIds: [prefill.screenId], groupIds: [] }
      : draft.target,
  };
}

/** Creates or edits a schedule entry: playlist, target screens, days and hours, priority. */
@customElement('schedule-editor')
@localized()
export class ScheduleEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .warning strong {
        display: block;
        font-size: 1.05rem;
      }
      .warning p {
        margin: 0.25rem 0 0;
      }
    `,
  ];

  /** The entry to edit; null creates one. */
  @property({ attribute: false }) entryId: string | null = null;
  /** A range chosen in the week view, for a new entry. */
  @property({ attribute: false }) prefill: SchedulePrefill | null = null;

  @state() private draft: ScheduleDraft = {
    ...EMPTY,
    name: '',
    kind: 'playlist',
    holidayMode: defaultHolidayMode('playlist'),
    target: defaultTarget(),
  };
  /** The loaded item's place in the approval; null for a new one. */
  @state() private reviewed: StoredScheduleEntry | null = null;
  /** Set when saving was held back because other entries hide this one. */
  @state() private heldForConflicts = false;

  private readonly editor = new EditorController(this, () => this.draft, {
    check: (event) => this.check(event),
    submit: (input) => saveItem('schedules', this.entryId, input, StoredScheduleEntrySchema),
    saved: () => navigate(routeHref('schedules')),
    announceInvalid: true,
  });

  private readonly loader = new Task(this, {
    task: async ([id], { signal }) => {
      const [entry, playlists, screens, groups] = await Promise.all([
        id
          ? api.get(`/api/schedules/${encodeURIComponent(id)}`, StoredScheduleEntrySchema, signal)
          : null,
        listItems('playlists', StoredPlaylistSchema, signal),
        listItems('screens', ScreenSchema, signal),
        listItems('groups', ScreenGroupSchema, signal),
      ]);
      this.reviewed = entry;
      if (entry) {
        const { id: _id, createdAt: _created, ...draft } = entry;
        this.draft = draft;
      } else {
        this.draft = prefilled(this.draft, this.prefill);
      }
      this.editor.markClean();
      return { playlists, screens, groups };
    },
    args: () => [this.entryId] as const,
  });

  private set<K extends keyof ScheduleDraft>(key: K, value: ScheduleDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  /** The shared schema's verdict, plus the expiry an urgent notice needs; held for conflicts. */
  private check(event?: Event): Validation<ScheduleInput> | null {
    const checked = validate(ScheduleEntryInputSchema, this.draft);
    const needsExpiry = this.draft.kind === 'interrupt' && this.draft.expiresAt === null;
    if (!checked.ok || needsExpiry) {
      const expiresAt = msg('Thông báo khẩn cần thời điểm hết hạn.', {
        id: 'schedule.expiryRequired',
      });
      return {
        ok: false,
        errors: { ...(checked.ok ? {} : checked.errors), ...(needsExpiry ? { expiresAt } : {}) },
      };
    }
    const panel = this.renderRoot.querySelector<ScheduleConflictPanel>('schedule-conflict-panel');
    const submitter = event instanceof SubmitEvent ? event.submitter : null;
    const acknowledged = submitter instanceof HTMLElement && submitter.dataset.anyway === 'true';
    if (panel?.hasConflicts && !acknowledged) {
      this.heldForConflicts = true;
      panel.scrollIntoView({ block: 'center' });
      return null;
    }
    this.heldForConflicts = false;
    return checked;
  }

  private save(event: SubmitEvent): Promise<void> {
    return this.editor.save(event);
  }

  override render() {
    const title = this.entryId
      ? msg('Sửa lịch phát', { id: 'schedules.edit' })
      : msg('Thêm lịch phát', { id: 'schedules.new' });
    return html`<h1>${title}</h1>
      ${renderTask(this.loader, (lists) => this.renderForm(lists))}`;
  }

  /** The entry's own template and zones (the layout can change by time of day), or the screen's. */
  private renderLayout(playlists: Playlist[]) {
    const d = this.draft;
    return html`${selectField({
      id: 'layout',
      label: msg('Bố cục khi mục này phát', { id: 'schedule.layout' }),
      value: d.layout ?? '',
      options: [
        { value: '', label: msg('— Theo màn hình —', { id: 'schedule.layoutInherit' }) },
        ...LAYOUTS.map((value) => ({ value, label: layoutLabel(value) })),
      ],
      error: this.editor.errors.layout,
      onChange: (value) => {
        const layout = LAYOUTS.find((l) => l === value) ?? null;
        this.draft = { ...this.draft, layout, zones: layout ? this.draft.zones : {} };
      },
    })}
    ${
      d.layout
        ? zoneFields({
            id: 'entry-zone',
            layout: d.layout,
            zones: d.zones,
            playlists,
            errors: this.editor.errors,
            path: 'zones',
            onChange: (zones) => this.set('zones', zones as ScheduleDraft['zones']),
          })
        : ''
    }
    ${
      d.layout && d.layout !== 'full'
        ? html`<screen-layout-preview
            .orientation=${d.layout === 'queue-band' ? 'portrait' : 'landscape'}
            .layout=${d.layout}
            .zones=${d.zones}
            .mainPlaylistId=${d.playlistId}
          ></screen-layout-preview>`
        : ''
    }`;
  }

  private renderForm(lists: { playlists: Playlist[]; screens: Screen[]; groups: ScreenGroup[] }) {
    const d = this.draft;
    const orNull = (value: string) => value || null;
    return html`${
      this.reviewed && this.entryId
        ? html`<review-panel
              .resource=${'schedules'}
              .itemId=${this.entryId}
              .status=${this.reviewed.status}
              .review=${this.reviewed.review}
              ?unsaved=${this.editor.dirty.isDirty}
            ></review-panel>`
        : ''
    }
      <form
        class="card"
        @submit=${this.save}
        @priority-chosen=${(event: PriorityChosenEvent) => {
          this.set('priority', event.priority);
          this.heldForConflicts = false;
        }}
        novalidate
      >
      ${textField({
        id: 'name',
        label: msg('Tên', { id: 'common.name' }),
        value: d.name,
        required: true,
        error: this.editor.errors.name,
        onInput: (value) => this.set('name', value),
      })}
      ${selectField({
        id: 'kind',
        label: msg('Loại', { id: 'slide.kind' }),
        value: d.kind,
        options: SCHEDULE_KINDS.map((kind) => ({ value: kind, label: scheduleKindLabel(kind) })),
        error: this.editor.errors.kind,
        onChange: (value) => {
          const kind = SCHEDULE_KINDS.find((known) => known === value) ?? 'playlist';
          this.set('kind', kind);
          if (!this.entryId) this.set('holidayMode', defaultHolidayMode(kind));
          if (kind === 'interrupt' && d.expiresAt === null) {
            this.set('expiresAt', defaultExpiry(Date.now()));
          }
          if (kind === 'interrupt' && isUndated(d)) this.draft = { ...this.draft, ...fromNow() };
        },
      })}
      ${
        d.kind === 'interrupt'
          ? html`<div class="warning" role="note" data-testid="interrupt-warning">
              <strong>⚠ ${msg('Thông báo khẩn chen ngang mọi nội dung', { id: 'schedule.interruptTitle' })}</strong>
              <p>
                ${msg(
                  'Trong khung giờ đã chọn, các màn hình áp dụng chỉ phát danh sách này, thay cho mọi lịch phát khác, cho tới thời điểm hết hạn. Hãy kiểm tra kỹ màn hình áp dụng và thời điểm hết hạn trước khi lưu.',
                  { id: 'schedule.interruptWarning' },
                )}
              </p>
            </div>`
          : ''
      }
      ${
        d.kind === 'off'
          ? ''
          : selectField({
              id: 'playlistId',
              label: msg('Danh sách phát', { id: 'nav.playlists' }),
              value: d.playlistId ?? '',
              required: true,
              options: playlistOptions(lists.playlists, msg('— Chọn —', { id: 'common.choose' })),
              error: this.editor.errors.playlistId,
              onChange: (value) => this.set('playlistId', orNull(value)),
            })
      }
      ${d.kind === 'off' ? '' : this.renderLayout(lists.playlists)}
      ${targetFields({
        idPrefix: 'target',
        legend: msg('Màn hình áp dụng', { id: 'schedule.target' }),
        target: d.target,
        screens: lists.screens,
        groups: lists.groups,
        screensError: errorAt(this.editor.errors, 'target.screenIds'),
        groupsError: errorAt(this.editor.errors, 'target.groupIds'),
        onChange: (target) => this.set('target', target),
      })}
      ${textField({
        id: 'startDate',
        type: 'date',
        label: msg('Từ ngày', { id: 'schedule.startDate' }),
        value: d.startDate ?? '',
        error: this.editor.errors.startDate,
        onInput: (value) => this.set('startDate', orNull(value)),
      })}
      ${textField({
        id: 'endDate',
        type: 'date',
        label: msg('Đến ngày', { id: 'schedule.endDate' }),
        value: d.endDate ?? '',
        error: this.editor.errors.endDate,
        onInput: (value) => this.set('endDate', orNull(value)),
      })}
      ${checkboxGroup({
        id: 'weekdays',
        legend: msg('Các ngày trong tuần', { id: 'schedule.weekdays' }),
        hint: msg('Không chọn ngày nào là mọi ngày.', { id: 'schedule.weekdaysHint' }),
        options: weekdayLabels().map((label, index) => ({ value: String(index + 1), label })),
        selected: d.weekdays.map(String),
        error: errorAt(this.editor.errors, 'weekdays'),
        onChange: (days) => this.set('weekdays', days.map(Number).sort()),
      })}
      ${textField({
        id: 'startTime',
        type: 'time',
        label: msg('Từ giờ', { id: 'schedule.startTime' }),
        value: d.startTime ?? '',
        error: this.editor.errors.startTime,
        onInput: (value) => this.set('startTime', orNull(value)),
      })}
      ${textField({
        id: 'endTime',
        type: 'time',
        label: msg('Đến giờ', { id: 'schedule.endTime' }),
        value: d.endTime ?? '',
        error: this.editor.errors.endTime,
        onInput: (value) => this.set('endTime', orNull(value)),
      })}
      <p class="muted" data-testid="schedule-described">
        ${msg('Lịch phát', { id: 'schedule.describedAs' })}:
        <strong>${describeTiming(d, currentLocale())}</strong>
      </p>
      <details class="advanced" ?open=${d.rrule !== null}>
        <summary>${msg('Nâng cao', { id: 'schedule.advanced' })}</summary>
      ${textField({
        id: 'rrule',
        label: msg('Quy tắc lặp (nâng cao)', { id: 'schedule.rrule' }),
        hint: msg(
          'Cách viết quy tắc lặp của lịch điện tử (iCalendar), ví dụ FREQ=MONTHLY;BYDAY=1MO là thứ Hai đầu tiên mỗi tháng.',
          {
            id: 'schedule.rruleHint',
          },
        ),
        value: d.rrule ?? '',
        error: this.editor.errors.rrule,
        onInput: (value) => this.set('rrule', orNull(value)),
      })}
      </details>
      ${numberField({
        id: 'priority',
        label: msg('Ưu tiên', { id: 'schedule.priority' }),
        hint: msg('Khi hai lịch trùng giờ, lịch có số ưu tiên lớn hơn được phát.', {
          id: 'schedule.priorityHint',
        }),
        value: d.priority,
        min: 0,
        max: 1000,
        error: this.editor.errors.priority,
        onInput: (value) => this.set('priority', value),
      })}
      ${holidayModeField(d.holidayMode, this.editor.errors.holidayMode, (mode) => this.set('holidayMode', mode))}
      ${textField({
        id: 'expiresAt',
        type: 'datetime-local',
        label: msg('Hết hạn lúc', { id: 'schedule.expiresAt' }),
        required: d.kind === 'interrupt',
        hint: msg('Sau thời điểm này lịch phát không còn hiệu lực. Để trống là không hết hạn.', {
          id: 'schedule.expiresAtHint',
        }),
        value: toLocalInput(d.expiresAt),
        error: this.editor.errors.expiresAt,
        onInput: (value) => this.set('expiresAt', fromLocalInput(value)),
      })}
      <schedule-conflict-panel .draft=${d} .entryId=${this.entryId}></schedule-conflict-panel>
      ${formAlert(this.editor.failure, unplacedErrors(this.editor.errors, SHOWN))}
      <div class="form-actions">
        <button class="primary" type="submit" ?disabled=${this.editor.saving || !may('editor')}>
          ${msg('Lưu', { id: 'common.save' })}
        </button>
        ${
          this.heldForConflicts
            ? html`<button type="submit" data-anyway="true" ?disabled=${this.editor.saving}>
              ${msg('Vẫn lưu dù bị che', { id: 'conflict.saveAnyway' })}
            </button>`
            : ''
        }
        <a class="button" href=${routeHref('schedules')}>${msg('Huỷ', { id: 'common.cancel' })}</a>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'schedule-editor': ScheduleEditor;
  }
}
