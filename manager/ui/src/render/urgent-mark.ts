import type { Approval } from '@bangtin/shared';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';

/** The "KHẨN" badge of an urgent notice's part in the approval queue. */
export function urgentMark(item: Pick<Approval, 'urgent'>) {
  if (!item.urgent) return nothing;
  return html`<span class="badge urgent-mark" data-testid="urgent-mark"
      >${msg('Khẩn', { id: 'urgent.mark' })}</span
    > `;
}
