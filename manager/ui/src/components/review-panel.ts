import type { Review, ReviewedResource, ReviewStatus } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { submitForReview } from '../api/approvals.js';
import { may } from '../api/signed-in-user.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { statusBadge } from '../render/status-badge.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * Where a saved draft stands in the approval: its status, the approver's comment when it came
 * back, and "Gửi duyệt" for a draft the user may submit.
 */
@customElement('review-panel')
@localized()
export class ReviewPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-bottom: 1rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
      }
      blockquote {
        margin: 0.75rem 0 0;
        padding: 0.5rem 0.9rem;
        border-left: 4px solid #b26b00;
        background: #fff8e6;
        white-space: pre-wrap;
      }
    `,
  ];

  @property({ attribute: false }) resource: ReviewedResource = 'slides';
  @property({ attribute: false }) itemId = '';
  @property({ attribute: false }) status: ReviewStatus | undefined;
  @property({ attribute: false }) review: Review | null | undefined;
  /** Unsaved changes in the form: submitting now would send the old draft. */
  @property({ type: Boolean }) unsaved = false;

  @state() private busy = false;
  @state() private failure: string | null = null;

  private async submit(): Promise<void> {
    this.busy = true;
    this.failure = null;
    try {
      const item = await submitForReview(this.resource, this.itemId);
      this.status = item.status ?? 'pending';
      this.review = item.review;
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.status) return '';
    const comment = this.status === 'draft' ? this.review?.comment : null;
    const canSubmit = this.status === 'draft' && may('editor');
    return html`<section class="card" aria-label=${msg('Duyệt nội dung', { id: 'review.label' })}>
      <div class="row">
        <span>${msg('Trạng thái', { id: 'dashboard.status' })}: ${statusBadge(this.status)}</span>
        ${
          canSubmit
            ? html`<button
              class="primary small"
              ?disabled=${this.busy || this.unsaved}
              @click=${this.submit}
            >
              ${msg('Gửi duyệt', { id: 'review.submit' })}
            </button>`
            : ''
        }
        ${
          canSubmit && this.unsaved
            ? html`<span class="hint">${msg('Lưu thay đổi trước khi gửi duyệt.', { id: 'review.saveFirst' })}</span>`
            : ''
        }
        ${
          this.status === 'pending'
            ? html`<span class="hint">${msg('Đang chờ người duyệt xem xét.', { id: 'review.waiting' })}</span>`
            : ''
        }
      </div>
      ${
        comment
          ? html`<p><strong>${msg('Người duyệt trả lại với ý kiến', { id: 'review.returned' })}:</strong></p>
            <blockquote>${comment}</blockquote>`
          : ''
      }
      ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : ''}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'review-panel': ReviewPanel;
  }
}
