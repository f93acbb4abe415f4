import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { DayChosenEvent } from '../events/day-chosen-event.js';
import { isoDay } from '../format/day-text.js';
import { intlLocale } from '../i18n/locale.js';

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;

/** Monday-first weekday names, short, in the active language (T2 … CN in Vietnamese). */
function weekdayNames(): string[] {
  const format = new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
}

/**
 * A month calendar behind a button, for the day fields: the same on every browser and in the
 * day-first order Vietnam writes dates in (the browser's own picker follows the system locale).
 */
@customElement('day-picker')
@localized()
export class DayPicker extends LitElement {
  static override styles = css`
    :host {
      position: relative;
      display: inline-block;
    }
    .toggle {
      min-height: 2.5rem;
      min-width: 2.75rem;
      font: inherit;
      border: 1px solid #6b7686;
      border-radius: 6px;
      background: #fff;
      cursor: pointer;
    }
    .panel {
      position: absolute;
      right: 0;
      z-index: 20;
      margin-top: 0.25rem;
      padding: 0.5rem;
      background: #fff;
      border: 1px solid #6b7686;
      border-radius: 8px;
      box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
      width: 17.5rem;
      max-width: calc(100vw - 2rem);
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem;
      font-weight: 600;
    }
    .days {
      display: grid;
      grid-template-columns: repeat(7, 1fr);
      gap: 2px;
      margin-top: 0.35rem;
      text-align: center;
    }
    .weekday {
      font-size: 0.8rem;
      color: #4a5565;
    }
    button {
      font: inherit;
      color: #1b2430;
    }
    .days button,
    .head button {
      min-height: 2.2rem;
      border: 1px solid transparent;
      border-radius: 4px;
      background: transparent;
      cursor: pointer;
    }
    .days button:hover,
    .head button:hover {
      background: #e9edf2;
    }
    .days button[aria-pressed='true'] {
      background: #12355b;
      color: #fff;
    }
    .days button.today {
      border-color: #12355b;
    }
    button:focus-visible {
      outline: 3px solid #ffb000;
      outline-offset: 1px;
    }
  `;

  /** The chosen day (`yyyy-mm-dd`), or anything else for none. */
  @property() value = '';
  /** What the toggle's name says, e.g. "Chọn Từ ngày". */
  @property() label = '';

  @state() private open = false;
  /** The month shown: its first day. */
  @state() private month = new Date();

  @query('.toggle') private toggleButton!: HTMLButtonElement;

  private readonly onOutside = (event: MouseEvent) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.onOutside);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('click', this.onOutside);
    super.disconnectedCallback();
  }

  private toggle(): void {
    const chosen = isoDay(this.value);
    const base = chosen ? new Date(`${chosen}T00:00:00`) : new Date();
    this.month = new Date(base.getFullYear(), base.getMonth(), 1);
    this.open = !this.open;
  }

  private shift(months: number): void {
    this.month = new Date(this.month.getFullYear(), this.month.getMonth() + months, 1);
  }

  private choose(day: string): void {
    this.open = false;
    this.dispatchEvent(new DayChosenEvent(day));
    this.toggleButton.focus();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.toggleButton.focus();
  }

  override render() {
    return html`<button
        type="button"
        class="toggle"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-label=${this.label}
        @click=${this.toggle}
      >
        <span aria-hidden="true">📅</span>
      </button>
      ${this.open ? this.renderPanel() : ''}`;
  }

  private renderPanel() {
    const year = this.month.getFullYear();
    const month = this.month.getMonth();
    const title = new Intl.DateTimeFormat(intlLocale(), { month: 'long', year: 'numeric' }).format(
      this.month,
    );
    const lead = (new Date(year, month, 1).getDay() + 6) % 7;
    const length = new Date(year, month + 1, 0).getDate();
    const now = new Date();
    const today = isoOf(now.getFullYear(), now.getMonth(), now.getDate());
    const chosen = isoDay(this.value);
    return html`<div class="panel" role="dialog" aria-label=${title} @keydown=${this.onKeydown}>
      <div class="head">
        <button type="button" aria-label=${msg('Tháng trước', { id: 'picker.previous' })} @click=${() => this.shift(-1)}>
          ‹
        </button>
        <span aria-live="polite">${title}</span>
        <button type="button" aria-label=${msg('Tháng sau', { id: 'picker.next' })} @click=${() => this.shift(1)}>
          ›
        </button>
      </div>
      <div class="days">
        ${weekdayNames().map((name) => html`<span class="weekday" aria-hidden="true">${name}</span>`)}
        ${Array.from({ length: lead }, () => html`<span></span>`)}
        ${Array.from({ length }, (_, i) => {
          const day = isoOf(year, month, i + 1);
          return html`<button
            type="button"
            class=${day === today ? 'today' : ''}
            aria-pressed=${day === chosen ? 'true' : 'false'}
            aria-label=${`${pad(i + 1)}/${pad(month + 1)}/${year}`}
            @click=${() => this.choose(day)}
          >
            ${i + 1}
          </button>`;
        })}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'day-picker': DayPicker;
  }
}
