import type { Reviewed, ReviewedResource } from '@bangtin/shared';
import { msg } from '@lit/localize';
import { may } from '../api/signed-in-user.js';
import { navigate, routeHref } from '../routing/route.js';

/** Set when a new draft was saved and its editor is being opened; read once by that editor. */
let pendingNotice: string | null = null;

const notice = () =>
  msg('Đã lưu bản nháp. Bấm "Gửi duyệt" để người phê duyệt xem và cho phát.', {
    id: 'draft.savedOffer',
  });

/**
 * After a save: an editor whose change stays a draft is kept on it, with "Gửi duyệt" in view
 * (the review panel) and a line saying why; others go back to the list as before. Returns the
 * notice to show when the editor stays on the same page.
 */
export function afterDraftSave(
  resource: ReviewedResource,
  currentId: string | null,
  saved: Reviewed & { id: string },
): string | null {
  if (may('approver') || saved.status !== 'draft') {
    navigate(routeHref(resource));
    return null;
  }
  if (currentId === saved.id) return notice();
  pendingNotice = notice();
  navigate(routeHref(resource, saved.id));
  return null;
}

/** The notice left by `afterDraftSave` for the editor it opened, once. */
export function takeDraftSavedNotice(): string | null {
  const taken = pendingNotice;
  pendingNotice = null;
  return taken;
}
