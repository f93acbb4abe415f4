import {
  type ScheduleEntry,
  type ScheduleEntryInput,
  ScheduleEntryInputSchema,
  StoredScheduleEntrySchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, saveItem } from '../api/api-client.js';
import { fetchConflicts } from '../api/schedule-conflicts.js';
import { PriorityChosenEvent } from '../events/priority-chosen-event.js';
import { describeTiming } from '../format/describe-schedule.js';
import {
  type ConflictGroup,
  narrowAround,
  summarizeConflicts,
} from '../forms/schedule-conflicts.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { currentLocale } from '../i18n/locale.js';
import { sharedStyles } from '../styles/shared-styles.js';

type StoredEntry = ScheduleEntry & { status?: string; published?: unknown; review?: unknown };

/** The fields of an entry as written, without what the server adds. */
function inputOf(entry: StoredEntry): ScheduleEntryInput {
  const { id: _id, createdAt: _created, status: _s, published: _p, review: _r, ...input } = entry;
  return input;
}

/**
 * Before an entry is saved: which entries would hide it, on which days and hours, with a click
 * to outrank each (raise this entry's priority) or to narrow it around this entry.
 */
@customElement('schedule-conflict-panel')
@localized()
export class ScheduleConflictPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        margin: 0.4rem 0;
        padding-left: 1.2rem;
      }
      li + li {
        margin-top: 0.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-top: 0.3rem;
      }
    `,
  ];

  /** The entry as it stands in the form. */
  @property({ attribute: false }) draft: ScheduleEntryInput | null = null;
  /** Its id when it already exists (it does not hide itself). */
  @property({ attribute: false }) entryId: string | null = null;

  @state() private failure: string | null = null;
  @state() private busy = false;

  private readonly conflicts = new Task(this, {
    task: async ([json]) => {
      const checked = ScheduleEntryInputSchema.safeParse(JSON.parse(json));
      if (!checked.success) return [];
      const query = { entry: checked.data, ...(this.entryId ? { id: this.entryId } : {}) };
      return summarizeConflicts(await fetchConflicts(query));
    },
    args: () => [JSON.stringify(this.draft ?? {})] as const,
  });

  /** Whether the entry, as it stands, would be hidden somewhere. */
  get hasConflicts(): boolean {
    return (this.conflicts.value ?? []).length > 0;
  }

  private async narrow(group: ConflictGroup): Promise<void> {
    if (!this.draft) return;
    this.busy = true;
    this.failure = null;
    try {
      const id = group.hiddenBy.id;
      const other = await api.get(
        `/api/schedules/${encodeURIComponent(id)}`,
        StoredScheduleEntrySchema,
      );
      const pieces = narrowAround(inputOf(other), this.draft);
      if (!pieces) {
        this.failure = msg(
          str`Không thể tự thu hẹp «${group.hiddenBy.name}» (khung giờ qua nửa đêm hoặc nằm trọn trong lịch này): hãy nâng ưu tiên, hoặc sửa lịch đó.`,
          { id: 'conflict.cannotNarrow' },
        );
        return;
      }
      const [first, ...rest] = pieces;
      await saveItem('schedules', id, first, StoredScheduleEntrySchema);
      for (const piece of rest) await saveItem('schedules', null, piece, StoredScheduleEntrySchema);
      await this.conflicts.run();
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const groups = this.conflicts.value ?? [];
    if (groups.length === 0 && !this.failure) return nothing;
    return html`<div class="warning" role="status" data-testid="schedule-conflicts">
      <strong>⚠ ${msg('Lịch này sẽ bị lịch khác che, không phát được', { id: 'conflict.title' })}</strong>
      <ul>
        ${groups.map((group) => this.renderGroup(group))}
      </ul>
      ${this.failure ? html`<p class="field-error" role="alert">${this.failure}</p>` : nothing}
    </div>`;
  }

  private renderGroup(group: ConflictGroup) {
    const { hiddenBy } = group;
    const locale = currentLocale();
    const when = group.windows
      .map((window) =>
        describeTiming({ ...window, rrule: null, startDate: null, endDate: null }, locale),
      )
      .join('; ');
    const screens = group.screens.join(', ');
    const name = hiddenBy.name;
    const priority = hiddenBy.priority;
    const canOutrank = hiddenBy.kind !== 'interrupt' && priority < 1000;
    const canNarrow =
      hiddenBy.kind !== 'interrupt' && this.draft !== null && narrowable(this.draft);
    return html`<li data-hidden-by=${hiddenBy.id}>
      ${msg(str`«${name}» (ưu tiên ${priority}) che lịch này vào ${when}, trên ${screens}.`, {
        id: 'conflict.line',
      })}
      <div class="actions">
        ${
          canOutrank
            ? html`<button
              type="button"
              class="small"
              ?disabled=${this.busy}
              @click=${() => this.dispatchEvent(new PriorityChosenEvent(priority + 1))}
            >
              ${msg(str`Nâng ưu tiên lịch này lên ${priority + 1}`, { id: 'conflict.raise' })}
            </button>`
            : nothing
        }
        ${
          canNarrow
            ? html`<button
              type="button"
              class="small"
              ?disabled=${this.busy}
              @click=${() => this.narrow(group)}
            >
              ${msg(str`Thu hẹp «${name}» để nhường khung giờ này`, { id: 'conflict.narrow' })}
            </button>`
            : nothing
        }
      </div>
    </li>`;
  }
}

/** Narrowing cuts whole hours out of the other entry: this entry needs hours of its own. */
function narrowable(draft: ScheduleEntryInput): boolean {
  return draft.startTime != null && draft.endTime != null;
}

declare global {
  interface HTMLElementTagNameMap {
    'schedule-conflict-panel': ScheduleConflictPanel;
  }
}
