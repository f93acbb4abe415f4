import {
  DEFAULT_URGENT_MINUTES,
  type Media,
  type Screen,
  type ScreenGroup,
  ScreenGroupSchema,
  ScreenSchema,
  StoredMediaSchema,
  type UrgentNotice,
  type UrgentNoticeInput,
  UrgentNoticeInputSchema,
  UrgentNoticeSchema,
} from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { UrgentNoticeChangedEvent } from '../events/urgent-notice-changed-event.js';
import { fromLocalInput, toLocalInput } from '../format/local-datetime.js';
import {
  errorAt,
  errorsFromFailure,
  type FieldErrors,
  NO_ERRORS,
  validate,
} from '../forms/field-errors.js';
import { formAlert, selectField, textField } from '../forms/fields.js';
import { defaultTarget, targetFields } from '../forms/target-fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';

const DURATIONS = [15, 30, 60, 120, 240] as const;
const UNTIL = 'until';

interface Draft {
  text: string;
  details: string;
  imageSha256: string | null;
  target: { all: boolean; screenIds: string[]; groupIds: string[] };
  /** Minutes, or `until` to give an end time. */
  length: string;
  endsAt: string | null;
}

/** A blank notice, aimed at the sender's own screens by default. */
const emptyDraft = (): Draft => ({
  text: '',
  details: '',
  imageSha256: null,
  target: defaultTarget(),
  length: String(DEFAULT_URGENT_MINUTES),
  endsAt: null,
});

/**
 * "Phát thông báo khẩn" in one step: text, an optional picture, the screens, how long; it starts
 * on sending. The manager makes the slide, playlist and interrupt entry and publishes them (or
 * queues them, marked urgent, for an approver).
 */
@customElement('urgent-notice-form')
@localized()
export class UrgentNoticeForm extends LitElement {
  static override styles = [sharedStyles];

  @state() private draft: Draft = emptyDraft();
  @state() private errors: FieldErrors = NO_ERRORS;
  @state() private failure: string | null = null;
  @state() private sending = false;
  @state() private sent: UrgentNotice | null = null;

  private readonly lists = new Task(this, {
    task: async (_args, { signal }) => {
      const [screens, groups, media] = await Promise.all([
        listItems('screens', ScreenSchema, signal),
        listItems('groups', ScreenGroupSchema, signal),
        listItems('media', StoredMediaSchema, signal),
      ]);
      return { screens, groups, images: media.filter((m) => m.type.startsWith('image/')) };
    },
    args: () => [],
  });

  private set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private input(): UrgentNoticeInput {
    const d = this.draft;
    const base = { text: d.text, details: d.details, imageSha256: d.imageSha256, target: d.target };
    if (d.length === UNTIL) return { ...base, ...(d.endsAt ? { endsAt: d.endsAt } : {}) };
    return { ...base, durationMinutes: Number(d.length) };
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.failure = null;
    const checked = validate(UrgentNoticeInputSchema, this.input());
    const needsEnd = this.draft.length === UNTIL && this.draft.endsAt === null;
    if (!checked.ok || needsEnd) {
      this.errors = {
        ...(checked.ok ? {} : checked.errors),
        ...(needsEnd
          ? { endsAt: msg('Hãy chọn thời điểm kết thúc.', { id: 'urgent.endRequired' }) }
          : {}),
      };
      this.failure = msg('Thông tin chưa hợp lệ. Hãy sửa các ô được đánh dấu.', {
        id: 'failure.invalid',
      });
      return;
    }
    this.sending = true;
    try {
      this.sent = await api.post('/api/urgent-notices', checked.data, UrgentNoticeSchema);
      this.errors = NO_ERRORS;
      this.draft = emptyDraft();
      this.dispatchEvent(new UrgentNoticeChangedEvent());
    } catch (error) {
      this.errors = errorsFromFailure(error);
      this.failure = describeFailure(error);
    } finally {
      this.sending = false;
    }
  }

  override render() {
    return renderTask(this.lists, (lists) => this.renderForm(lists));
  }

  private renderForm(lists: { screens: Screen[]; groups: ScreenGroup[]; images: Media[] }) {
    const d = this.draft;
    return html`<form @submit=${this.send} novalidate data-testid="urgent-notice-form">
      ${this.renderSent()}
      ${textField({
        id: 'urgent-text',
        label: msg('Nội dung thông báo', { id: 'urgent.text' }),
        value: d.text,
        required: true,
        maxLength: 200,
        error: this.errors.text,
        onInput: (value) => this.set('text', value),
      })}
      ${textField({
        id: 'urgent-details',
        label: msg('Chi tiết (không bắt buộc)', { id: 'urgent.details' }),
        value: d.details,
        multiline: true,
        error: this.errors.details,
        onInput: (value) => this.set('details', value),
      })}
      ${selectField({
        id: 'urgent-image',
        label: msg('Hình ảnh (không bắt buộc)', { id: 'urgent.image' }),
        value: d.imageSha256 ?? '',
        options: [
          { value: '', label: msg('— Không có —', { id: 'common.none' }) },
          ...lists.images.map((image) => ({ value: image.sha256, label: image.name })),
        ],
        error: this.errors.imageSha256,
        onChange: (value) => this.set('imageSha256', value || null),
      })}
      ${targetFields({
        idPrefix: 'urgent',
        legend: msg('Màn hình nhận thông báo', { id: 'urgent.target' }),
        target: d.target,
        screens: lists.screens,
        groups: lists.groups,
        screensError: errorAt(this.errors, 'target'),
        onChange: (target) => this.set('target', target),
      })}
      ${selectField({
        id: 'urgent-length',
        label: msg('Phát trong', { id: 'urgent.length' }),
        value: d.length,
        required: true,
        options: [
          ...DURATIONS.map((minutes) => ({
            value: String(minutes),
            label:
              minutes < 60
                ? msg(str`${minutes} phút`, { id: 'week.stepMinutes' })
                : msg(str`${minutes / 60} giờ`, { id: 'urgent.hours' }),
          })),
          { value: UNTIL, label: msg('Đến thời điểm…', { id: 'urgent.until' }) },
        ],
        error: this.errors.durationMinutes,
        onChange: (value) => this.set('length', value),
      })}
      ${
        d.length === UNTIL
          ? textField({
              id: 'urgent-ends',
              type: 'datetime-local',
              label: msg('Kết thúc lúc', { id: 'urgent.endsAt' }),
              required: true,
              value: toLocalInput(d.endsAt),
              error: this.errors.endsAt,
              onInput: (value) => this.set('endsAt', fromLocalInput(value)),
            })
          : ''
      }
      <p class="muted">
        ${msg(
          'Bắt đầu ngay khi gửi, chen ngang mọi nội dung trên các màn hình đã chọn cho tới khi kết thúc hoặc được thu hồi.',
          { id: 'urgent.explain' },
        )}
      </p>
      ${formAlert(this.failure, [])}
      <div class="form-actions">
        <button class="urgent" type="submit" ?disabled=${this.sending}>
          ${msg('Phát ngay', { id: 'urgent.send' })}
        </button>
      </div>
    </form>`;
  }

  private renderSent() {
    if (!this.sent) return '';
    return html`<p class="notice" role="status" data-testid="urgent-sent">
      ${
        this.sent.status === 'published'
          ? msg('Đã phát thông báo khẩn tới các màn hình.', { id: 'urgent.published' })
          : msg('Đã gửi thông báo khẩn để phê duyệt (được ưu tiên duyệt trước).', {
              id: 'urgent.pending',
            })
      }
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'urgent-notice-form': UrgentNoticeForm;
  }
}
