import type { ScheduleEntry, Screen, ScreenTimelineSegment } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fetchTimeline } from '../api/screen-timeline.js';
import { describeTiming } from '../format/describe-schedule.js';
import { formatDateTime } from '../format/format.js';
import {
  addDays,
  clockOfMinute,
  mondayOf,
  timeOfMinute,
  zonedInstant,
  zonedParts,
} from '../format/zoned-time.js';
import { encodePrefill } from '../forms/schedule-prefill.js';
import {
  type Cell,
  clampCell,
  type DayPiece,
  GRID_STEPS,
  type GridStep,
  pieceAt,
  piecesOfWeek,
  prefillOfSpan,
  slotsOf,
  spanOf,
} from '../forms/week-grid.js';
import { currentLocale, intlLocale } from '../i18n/locale.js';
import { renderTask } from '../render/render-task.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { navigate, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { weekStyles } from './schedule-week-styles.js';

interface WeekData {
  pieces: DayPiece[];
}

const ARROWS: Record<string, Cell> = {
  ArrowUp: { day: 0, slot: -1 },
  ArrowDown: { day: 0, slot: 1 },
  ArrowLeft: { day: -1, slot: 0 },
  ArrowRight: { day: 1, slot: 0 },
};

/**
 * One screen's week, drawn from its timeline: who plays when, overlaps, screen-off hours.
 * Selecting a range (drag, or arrows with Shift) offers to create an entry for it.
 */
@customElement('schedule-week')
@localized()
export class ScheduleWeek extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [sharedStyles, weekStyles];

  @property({ attribute: false }) screens: readonly Screen[] = [];
  @property({ attribute: false }) entries: readonly ScheduleEntry[] = [];

  @state() private screenId = '';
  @state() private monday = '';
  @state() private step: GridStep = 15;
  @state() private focusCell: Cell = { day: 0, slot: 32 };
  @state() private anchor: Cell | null = null;
  @state() private dragging = false;

  private get screen(): Screen | undefined {
    return this.screens.find((screen) => screen.id === this.screenId) ?? this.screens[0];
  }

  private get timeZone(): string {
    return this.screen?.timeZone ?? 'Asia/Ho_Chi_Minh';
  }

  private get week(): string {
    return this.monday || mondayOf(Date.now(), this.timeZone);
  }

  private readonly timeline = new Task(this, {
    task: async ([screenId, monday, timeZone], { signal }): Promise<WeekData> => {
      if (!screenId) return { pieces: [] };
      const from = zonedInstant(monday, 0, timeZone);
      const to = zonedInstant(addDays(monday, 7), 0, timeZone);
      const segments = await fetchTimeline(screenId, from, to, signal);
      return { pieces: piecesOfWeek(segments, monday, timeZone) };
    },
    // The entries too: a change to them (an urgent notice sent or withdrawn) redraws the week.
    args: () => [this.screen?.id ?? '', this.week, this.timeZone, this.entries] as const,
  });

  private dayLabel(day: number): string {
    const date = new Date(`${addDays(this.week, day)}T12:00:00Z`);
    return new Intl.DateTimeFormat(intlLocale(), {
      weekday: 'short',
      day: '2-digit',
      month: '2-digit',
      timeZone: 'UTC',
    }).format(date);
  }

  private pieceName(piece: DayPiece): string {
    const { segment } = piece;
    if (segment.state === 'off') return msg('Tắt màn hình', { id: 'schedule.off' });
    return segment.playlistName ?? segment.entryName ?? '—';
  }

  private reasonLabel(segment: ScreenTimelineSegment): string {
    switch (segment.reason) {
      case 'interrupt':
        return msg(str`Thông báo khẩn: ${segment.entryName ?? ''}`, { id: 'week.reasonInterrupt' });
      case 'scheduled':
        return msg(str`Theo lịch: ${segment.entryName ?? ''}`, { id: 'week.reasonScheduled' });
      case 'off':
        return msg(str`Giờ tắt: ${segment.entryName ?? ''}`, { id: 'week.reasonOff' });
      case 'default':
        return msg('Danh sách mặc định', { id: 'week.reasonDefault' });
      default:
        return msg('Không phát gì', { id: 'week.reasonNone' });
    }
  }

  private overlapNames(ids: readonly string[]): string {
    const entries = new Map(this.entries.map((entry) => [entry.id, entry]));
    return ids
      .map((id) => {
        const entry = entries.get(id);
        return entry ? `${entry.name} (${describeTiming(entry, currentLocale())})` : id;
      })
      .join('; ');
  }

  private moveWeek(weeks: number): void {
    this.monday = weeks === 0 ? '' : addDays(this.week, weeks * 7);
    this.anchor = null;
  }

  private select(cell: Cell, extend: boolean): void {
    this.focusCell = clampCell(cell, this.step);
    if (!extend || !this.anchor) this.anchor = this.focusCell;
  }

  /** Changes the minutes per row, keeping the focused time of day. */
  private zoom(step: GridStep): void {
    const minute = this.focusCell.slot * this.step;
    this.step = step;
    this.focusCell = clampCell({ day: this.focusCell.day, slot: Math.floor(minute / step) }, step);
    this.anchor = null;
  }

  private createFromSelection(): void {
    if (!this.anchor) return;
    const span = spanOf(this.anchor, this.focusCell);
    const prefill = prefillOfSpan(span, this.step, this.screen?.id ?? null);
    navigate(routeHref('schedules', 'new', encodePrefill(prefill)));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const step = ARROWS[event.key];
    if (step) {
      event.preventDefault();
      this.select(
        { day: this.focusCell.day + step.day, slot: this.focusCell.slot + step.slot },
        event.shiftKey,
      );
      void this.updateComplete.then(() => this.focusedCell()?.focus());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (!this.anchor) this.anchor = this.focusCell;
      else this.createFromSelection();
    } else if (event.key === 'Escape') {
      this.anchor = null;
    }
  }

  private focusedCell(): HTMLElement | null {
    const { day, slot } = this.focusCell;
    return this.renderRoot.querySelector(`[data-day="${day}"][data-slot="${slot}"]`);
  }

  private cellFromPoint(event: PointerEvent): Cell | null {
    const root = this.renderRoot as ShadowRoot;
    const target = root.elementFromPoint(event.clientX, event.clientY);
    const cell = target?.closest<HTMLElement>('[data-day]');
    if (!cell) return null;
    return { day: Number(cell.dataset.day), slot: Number(cell.dataset.slot) };
  }

  override render() {
    const screens = this.screens;
    if (screens.length === 0) {
      return html`<p class="empty">
        ${msg('Chưa có màn hình nào: hãy ghép nối một màn hình để xem lịch tuần của nó.', {
          id: 'week.noScreens',
        })}
      </p>`;
    }
    const last = addDays(this.week, 6);
    return html`<div class="toolbar">
        <label for="week-screen">${msg('Màn hình', { id: 'nav.screens' })}</label>
        <select
          id="week-screen"
          @change=${(event: Event) => {
            this.screenId = (event.target as HTMLSelectElement).value;
            this.anchor = null;
          }}
        >
          ${screens.map(
            (screen) =>
              html`<option value=${screen.id} ?selected=${screen.id === this.screen?.id}>
                ${screen.name}
              </option>`,
          )}
        </select>
        <button type="button" class="small" @click=${() => this.moveWeek(-1)}>
          ← ${msg('Tuần trước', { id: 'week.previous' })}
        </button>
        <button type="button" class="small" @click=${() => this.moveWeek(0)}>
          ${msg('Tuần này', { id: 'week.current' })}
        </button>
        <button type="button" class="small" @click=${() => this.moveWeek(1)}>
          ${msg('Tuần sau', { id: 'week.next' })} →
        </button>
        <span class="range" aria-live="polite">${this.week} → ${last}</span>
        <label for="week-step">${msg('Mỗi hàng', { id: 'week.step' })}</label>
        <select
          id="week-step"
          class="step"
          @change=${(event: Event) => {
            const value = Number((event.target as HTMLSelectElement).value);
            this.zoom(GRID_STEPS.find((step) => step === value) ?? 15);
          }}
        >
          ${GRID_STEPS.map(
            (step) =>
              html`<option value=${step} ?selected=${step === this.step}>
                ${msg(str`${step} phút`, { id: 'week.stepMinutes' })}
              </option>`,
          )}
        </select>
      </div>
      <p class="hint" id="week-hint">
        ${msg(
          str`Giờ theo múi giờ của màn hình (${this.timeZone}). Kéo chuột qua các ngày và giờ, hoặc dùng phím mũi tên (giữ Shift để mở rộng) rồi Enter, để tạo lịch lặp lại hằng tuần vào đúng các ngày đó.`,
          { id: 'week.hintWeekly' },
        )}
      </p>
      ${this.renderLegend()}
      ${renderTask(this.timeline, (data) => this.renderWeek(data))}`;
  }

  private renderLegend() {
    const items = [
      ['interrupt', msg('Thông báo khẩn', { id: 'week.legendInterrupt' })],
      ['scheduled', msg('Theo lịch phát', { id: 'week.legendScheduled' })],
      ['default', msg('Danh sách mặc định', { id: 'week.reasonDefault' })],
      ['off', msg('Tắt màn hình', { id: 'schedule.off' })],
      ['overlap', msg('Có lịch trùng', { id: 'week.legendOverlap' })],
      ['past', msg('Đã qua', { id: 'week.legendPast' })],
    ] as const;
    return html`<ul class="legend">
      ${items.map(([kind, label]) => html`<li><span class="swatch ${kind}"></span>${label}</li>`)}
    </ul>`;
  }

  private renderWeek(data: WeekData) {
    const span = this.anchor ? spanOf(this.anchor, this.focusCell) : null;
    const inSpan = (cell: Cell) =>
      span !== null &&
      cell.day >= span.days[0] &&
      cell.day <= span.days[1] &&
      cell.slot >= span.slots[0] &&
      cell.slot <= span.slots[1];
    const slots = slotsOf(this.step);
    const name = this.screen?.name ?? '';
    return html`<div class="week" style="--slots:${slots}; --row:calc(var(--hour) * ${this.step / 60})">
        <div
          class="grid"
          role="grid"
          aria-label=${msg(str`Lịch tuần của ${name}`, { id: 'week.label' })}
          aria-describedby="week-hint"
          aria-multiselectable="true"
          @keydown=${this.onKeyDown}
          @pointerdown=${(event: PointerEvent) => {
            const cell = this.cellFromPoint(event);
            if (!cell) return;
            // A finger cannot drag without scrolling the page: a second tap extends instead.
            const touch = event.pointerType === 'touch';
            if (!touch) {
              this.dragging = true;
              (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
            }
            this.select(cell, event.shiftKey || (touch && this.anchor !== null));
          }}
          @pointermove=${(event: PointerEvent) => {
            if (!this.dragging) return;
            const cell = this.cellFromPoint(event);
            if (cell) this.focusCell = cell;
          }}
          @pointerup=${() => {
            this.dragging = false;
          }}
        >
          <div role="row" class="row head">
            <span role="columnheader" class="corner">${msg('Giờ', { id: 'week.hour' })}</span>
            ${[0, 1, 2, 3, 4, 5, 6].map(
              (day) => html`<span role="columnheader">${this.dayLabel(day)}</span>`,
            )}
          </div>
          ${Array.from({ length: slots }, (_, slot) => this.renderSlot(slot, data, inSpan))}
        </div>
        <div class="overlay" aria-hidden="true">
          ${[0, 1, 2, 3, 4, 5, 6].map(
            (day) => html`<div class="day">
              ${data.pieces
                .filter((piece) => piece.day === day)
                .map((piece) => this.renderPiece(piece))}
              ${this.renderPast(day)} ${this.renderNow(day)}
              ${span && day >= span.days[0] && day <= span.days[1] ? html`<div class="selection" style="top:${(span.slots[0] / slots) * 100}%;height:${((span.slots[1] - span.slots[0] + 1) / slots) * 100}%"></div>` : nothing}
            </div>`,
          )}
        </div>
      </div>
      ${this.renderSelectionBar(span)} ${this.renderDetails(data)}`;
  }

  private renderSlot(slot: number, data: WeekData, inSpan: (cell: Cell) => boolean) {
    const minute = slot * this.step;
    const onHour = minute % 60 === 0;
    return html`<div role="row" class="row ${onHour ? 'on-hour' : ''}">
      <span role="rowheader" class="hour">${onHour ? timeOfMinute(minute) : ''}</span>
      ${[0, 1, 2, 3, 4, 5, 6].map((day) => {
        const cell = { day, slot };
        const piece = pieceAt(data.pieces, cell, this.step);
        const focused = this.focusCell.day === day && this.focusCell.slot === slot;
        const what = piece
          ? this.pieceName(piece)
          : msg('Không phát gì', { id: 'week.reasonNone' });
        return html`<div
          role="gridcell"
          data-day=${day}
          data-slot=${slot}
          tabindex=${focused ? 0 : -1}
          aria-selected=${inSpan(cell) ? 'true' : 'false'}
          aria-label=${`${this.dayLabel(day)} ${timeOfMinute(minute)}: ${what}`}
          @focus=${() => {
            this.focusCell = cell;
          }}
        ></div>`;
      })}
    </div>`;
  }

  private renderPiece(piece: DayPiece) {
    const top = (piece.startMinute / 1440) * 100;
    const height = ((piece.endMinute - piece.startMinute) / 1440) * 100;
    const kind = piece.segment.state === 'off' ? 'off' : piece.segment.reason;
    const times = `${clockOfMinute(piece.startMinute)}–${clockOfMinute(piece.endMinute)}`;
    const overlaps = piece.segment.overlappingEntryIds;
    const past = Date.parse(piece.segment.to) <= Date.now();
    const hidden =
      overlaps.length > 0
        ? ` — ${msg(str`che: ${this.overlapNames(overlaps)}`, { id: 'week.hides' })}`
        : '';
    return html`<div
      class="piece ${kind} ${overlaps.length > 0 ? 'overlap' : ''} ${past ? 'is-past' : ''}"
      style="top:${top}%;height:${height}%"
      title=${`${times} ${this.pieceName(piece)}${hidden}`}
      data-entry=${piece.segment.entryId ?? ''}
    >
      <strong>${this.pieceName(piece)}</strong>
      <span>${times}</span>
      ${overlaps.length > 0 ? html`<span class="overlap-mark">⚠ ${overlaps.length}</span>` : nothing}
    </div>`;
  }

  /** Shades what is already over: whole days before today, and today up to now. */
  private renderPast(day: number) {
    const now = zonedParts(Date.now(), this.timeZone);
    const date = addDays(this.week, day);
    if (date > now.date) return nothing;
    const height = date < now.date ? 100 : (now.minute / 1440) * 100;
    return html`<div class="past" style="height:${height}%"></div>`;
  }

  private renderNow(day: number) {
    const now = zonedParts(Date.now(), this.timeZone);
    if (now.date !== addDays(this.week, day)) return nothing;
    const label = msg(str`Bây giờ ${clockOfMinute(now.minute)}`, { id: 'week.now' });
    return html`<div class="now" style="top:${(now.minute / 1440) * 100}%" title=${label}>
      <span class="now-label">${clockOfMinute(now.minute)}</span>
    </div>`;
  }

  private renderSelectionBar(span: ReturnType<typeof spanOf> | null) {
    if (!span) return nothing;
    const prefill = prefillOfSpan(span, this.step, null);
    const described = describeTiming(
      { ...prefill, rrule: null, startDate: null, endDate: null },
      currentLocale(),
    );
    return html`<div class="selection-bar card" role="status">
      <span
        >${msg('Lặp lại hằng tuần', { id: 'week.selectedWeekly' })}:
        <strong data-testid="week-selection">${described}</strong></span
      >
      <button type="button" class="primary small" @click=${this.createFromSelection}>
        + ${msg('Tạo lịch phát cho khung này', { id: 'week.create' })}
      </button>
      <button
        type="button"
        class="small"
        @click=${() => {
          this.anchor = null;
        }}
      >
        ${msg('Bỏ chọn', { id: 'week.clear' })}
      </button>
    </div>`;
  }

  private renderDetails(data: WeekData) {
    const segments = [...new Set(data.pieces.map((piece) => piece.segment))];
    return html`<details class="details">
      <summary>${msg('Chi tiết theo thời gian', { id: 'week.details' })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Từ', { id: 'week.from' })}</th>
            <th scope="col">${msg('Đến', { id: 'week.to' })}</th>
            <th scope="col">${msg('Nội dung', { id: 'week.content' })}</th>
            <th scope="col">${msg('Lý do', { id: 'week.reason' })}</th>
            <th scope="col">${msg('Lịch trùng (không phát)', { id: 'week.overlaps' })}</th>
          </tr>
        </thead>
        <tbody>
          ${segments.map((segment) => {
            const overlaps = segment.overlappingEntryIds;
            return html`<tr>
              <td>${formatDateTime(segment.from)}</td>
              <td>${formatDateTime(segment.to)}</td>
              <td>
                ${
                  segment.state === 'off'
                    ? msg('Tắt màn hình', { id: 'schedule.off' })
                    : (segment.playlistName ?? '—')
                }
              </td>
              <td>
                ${
                  segment.entryId
                    ? html`<a href=${routeHref('schedules', segment.entryId)}>${this.reasonLabel(segment)}</a>`
                    : this.reasonLabel(segment)
                }
              </td>
              <td>${this.overlapNames(overlaps)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'schedule-week': ScheduleWeek;
  }
}
