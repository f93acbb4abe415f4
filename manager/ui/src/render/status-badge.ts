import type { ReviewStatus } from '@bangtin/shared';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';

export function reviewStatusLabel(status: ReviewStatus): string {
  switch (status) {
    case 'draft':
      return msg('Bản nháp', { id: 'review.draft' });
    case 'pending':
      return msg('Chờ duyệt', { id: 'review.pending' });
    case 'published':
      return msg('Đã xuất bản', { id: 'review.published' });
  }
}

/** The approval state of a slide, playlist or schedule entry as a coloured pill. */
export function statusBadge(status: ReviewStatus | undefined) {
  if (!status) return nothing;
  return html`<span class="badge status-${status}">${reviewStatusLabel(status)}</span>`;
}
