import type { ScheduleEntry, Screen } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fetchOverlaps, fetchTimeline, type TimelineSegment } from '../api/screen-timeline.js';
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
  pieceAt,
  piecesOfWeek,
  spanOf,
} from '../forms/week-grid.js';
import { intlLocale } from '../i18n/locale.js';
import { renderTask } from '../render/render-task.js';
import { navigate, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { weekStyles } from './schedule-week-styles.js';

interface WeekData {
  pieces: DayPiece[];
  /** Entries that apply but lose, by the entry id of the segment that wins. */
  overlaps: Map<TimelineSegment, string[]>;
}

const ARROWS: Record<string, Cell> = {
  ArrowUp: { day: 0, hour: -1 },
  ArrowDown: { day: 0, hour: 1 },
  ArrowLeft: { day: -1, hour: 0 },
  ArrowRight: { day: 1, hour: 0 },
};

/**
 * One screen's week, drawn from its timeline: who plays when, overlaps, screen-off hours.
 * Selecting a range (drag, or arrows with Shift) offers to create an entry for it.
 */
@customElement('schedule-week')
@localized()
export class ScheduleWeek extends LitElement {
  static override styles = [sharedStyles, weekStyles];

  @property({ attribute: false }) screens: readonly Screen[] = [];
  @property({ attribute: false }) entries: readonly ScheduleEntry[] = [];

  @state() private screenId = '';
  @state() private monday = '';
  @state() private focusCell: Cell = { day: 0, hour: 8 };
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
      if (!screenId) return { pieces: [], overlaps: new Map() };
      const from = zonedInstant(monday, 0, timeZone);
      const to = zonedInstant(addDays(monday, 7), 0, timeZone);
      const segments = await fetchTimeline(screenId, from, to, signal);
      const overlaps = new Map<TimelineSegment, string[]>();
      await Promise.all(
        segments
          .filter((segment) => segment.entryId !== null)
          .map(async (segment) => {
            const middle = (Date.parse(segment.from) + Date.parse(segment.to)) / 2;
            const ids = await fetchOverlaps(screenId, middle, signal);
            if (ids.length > 0) overlaps.set(segment, ids);
          }),
      );
      return { pieces: piecesOfWeek(segments, monday, timeZone), overlaps };
    },
    args: () => [this.screen?.id ?? '', this.week, this.timeZone] as const,
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

  private reasonLabel(segment: TimelineSegment): string {
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
    const names = new Map(this.entries.map((entry) => [entry.id, entry.name]));
    return ids.map((id) => names.get(id) ?? id).join(', ');
  }

  private moveWeek(weeks: number): void {
    this.monday = weeks === 0 ? '' : addDays(this.week, weeks * 7);
    this.anchor = null;
  }

  private select(cell: Cell, extend: boolean): void {
    this.focusCell = clampCell(cell);
    if (!extend || !this.anchor) this.anchor = this.focusCell;
  }

  private createFromSelection(): void {
    if (!this.anchor) return;
    const span = spanOf(this.anchor, this.focusCell);
    const prefill = encodePrefill({
      startDate: addDays(this.week, span.days[0]),
      endDate: addDays(this.week, span.days[1]),
      startTime: timeOfMinute(span.hours[0] * 60),
      endTime: timeOfMinute((span.hours[1] + 1) * 60),
      screenId: this.screen?.id ?? null,
    });
    navigate(routeHref('schedules', 'new', prefill));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const step = ARROWS[event.key];
    if (step) {
      event.preventDefault();
      this.select(
        { day: this.focusCell.day + step.day, hour: this.focusCell.hour + step.hour },
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
    const { day, hour } = this.focusCell;
    return this.renderRoot.querySelector(`[data-day="${day}"][data-hour="${hour}"]`);
  }

  private cellFromPoint(event: PointerEvent): Cell | null {
    const root = this.renderRoot as ShadowRoot;
    const target = root.elementFromPoint(event.clientX, event.clientY);
    const cell = target?.closest<HTMLElement>('[data-day]');
    if (!cell) return null;
    return { day: Number(cell.dataset.day), hour: Number(cell.dataset.hour) };
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
      </div>
      <p class="hint" id="week-hint">
        ${msg(
          str`Giờ theo múi giờ của màn hình (${this.timeZone}). Kéo chuột trên lưới, hoặc dùng phím mũi tên (giữ Shift để mở rộng) rồi Enter, để chọn khung giờ và tạo lịch phát mới.`,
          { id: 'week.hint' },
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
      cell.hour >= span.hours[0] &&
      cell.hour <= span.hours[1];
    const name = this.screen?.name ?? '';
    return html`<div class="week">
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
          ${Array.from({ length: 24 }, (_, hour) => this.renderHour(hour, data, inSpan))}
        </div>
        <div class="overlay" aria-hidden="true">
          ${[0, 1, 2, 3, 4, 5, 6].map(
            (day) => html`<div class="day">
              ${data.pieces
                .filter((piece) => piece.day === day)
                .map((piece) => this.renderPiece(piece, data.overlaps.get(piece.segment)))}
              ${this.renderNow(day)}
              ${span && day >= span.days[0] && day <= span.days[1] ? html`<div class="selection" style="top:${(span.hours[0] / 24) * 100}%;height:${((span.hours[1] - span.hours[0] + 1) / 24) * 100}%"></div>` : nothing}
            </div>`,
          )}
        </div>
      </div>
      ${this.renderSelectionBar(span)} ${this.renderDetails(data)}`;
  }

  private renderHour(hour: number, data: WeekData, inSpan: (cell: Cell) => boolean) {
    return html`<div role="row" class="row">
      <span role="rowheader" class="hour">${timeOfMinute(hour * 60)}</span>
      ${[0, 1, 2, 3, 4, 5, 6].map((day) => {
        const cell = { day, hour };
        const piece = pieceAt(data.pieces, cell);
        const focused = this.focusCell.day === day && this.focusCell.hour === hour;
        const what = piece
          ? this.pieceName(piece)
          : msg('Không phát gì', { id: 'week.reasonNone' });
        return html`<div
          role="gridcell"
          data-day=${day}
          data-hour=${hour}
          tabindex=${focused ? 0 : -1}
          aria-selected=${inSpan(cell) ? 'true' : 'false'}
          aria-label=${`${this.dayLabel(day)} ${timeOfMinute(hour * 60)}: ${what}`}
          @focus=${() => {
            this.focusCell = cell;
          }}
        ></div>`;
      })}
    </div>`;
  }

  private renderPiece(piece: DayPiece, overlaps: string[] | undefined) {
    const top = (piece.startMinute / 1440) * 100;
    const height = ((piece.endMinute - piece.startMinute) / 1440) * 100;
    const kind = piece.segment.state === 'off' ? 'off' : piece.segment.reason;
    const times = `${clockOfMinute(piece.startMinute)}–${clockOfMinute(piece.endMinute)}`;
    return html`<div
      class="piece ${kind} ${overlaps ? 'overlap' : ''}"
      style="top:${top}%;height:${height}%"
      title=${`${times} ${this.pieceName(piece)}`}
    >
      <strong>${this.pieceName(piece)}</strong>
      <span>${times}</span>
      ${overlaps ? html`<span class="overlap-mark">⚠ ${overlaps.length}</span>` : nothing}
    </div>`;
  }

  private renderNow(day: number) {
    const now = zonedParts(Date.now(), this.timeZone);
    if (now.date !== addDays(this.week, day)) return nothing;
    return html`<div class="now" style="top:${(now.minute / 1440) * 100}%"></div>`;
  }

  private renderSelectionBar(span: ReturnType<typeof spanOf> | null) {
    if (!span) return nothing;
    const days =
      span.days[0] === span.days[1]
        ? this.dayLabel(span.days[0])
        : `${this.dayLabel(span.days[0])} → ${this.dayLabel(span.days[1])}`;
    const hours = `${clockOfMinute(span.hours[0] * 60)}–${clockOfMinute((span.hours[1] + 1) * 60)}`;
    return html`<div class="selection-bar card" role="status">
      <span>${msg('Khung đã chọn', { id: 'week.selected' })}: <strong>${days}, ${hours}</strong></span>
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
            const overlaps = data.overlaps.get(segment);
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
              <td>${overlaps ? this.overlapNames(overlaps) : ''}</td>
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
