import { api } from './api-client.js';

export type ReviewedResource = 'slides' | 'playlists' | 'schedules';

export interface Review {
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  comment: string | null;
}

export type ReviewStatus = 'draft' | 'pending' | 'published';

/** The approval fields every slide, playlist and schedule entry carries. */
export interface Reviewed {
  status?: ReviewStatus;
  review?: Review | null;
  /** What screens show; null when it was never approved. */
  published?: unknown;
}

/** One draft in the approval queue: its published version beside the proposed one. */
export interface Approval {
  resource: ReviewedResource;
  id: string;
  label: string;
  status: ReviewStatus;
  /** The draft's number: approve and return name it, so only what was shown goes live. */
  revision: number;
  ownerGroupId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  changedFields: string[];
  review: Review;
  submittedBy: { id: string; login: string; name: string } | null;
  /** Part of an urgent notice: the queue lists these first. */
  urgent: boolean;
}

/** `GET /api/approvals`: drafts waiting for review, oldest submission first. */
export async function fetchApprovals(signal?: AbortSignal): Promise<Approval[]> {
  const body = await api.get<{ items: Approval[] }>('/api/approvals?status=pending', signal);
  return body.items;
}

const stepPath = (resource: ReviewedResource, id: string, step: string) =>
  `/api/${resource}/${encodeURIComponent(id)}/${step}`;

/** `POST /api/<res>/:id/submit`: a draft goes to the approvers; answers the item after the step. */
export function submitForReview(resource: ReviewedResource, id: string): Promise<Reviewed> {
  return api.post<Reviewed>(stepPath(resource, id, 'submit'), undefined);
}

/** Publishes the revision the approver saw; 409 when the draft changed since. */
export function approve(resource: ReviewedResource, id: string, revision: number) {
  return api.post(stepPath(resource, id, 'approve'), { revision });
}

export function returnWithComment(
  resource: ReviewedResource,
  id: string,
  comment: string,
  revision: number,
): Promise<unknown> {
  return api.post(stepPath(resource, id, 'return'), { comment, revision });
}

export interface NoticeRevisions {
  slide: number;
  playlist: number;
  entry: number;
}

/**
 * The revisions of an urgent notice's three parts as the queue shows them, when its entry,
 * playlist and slide all wait there; null for anything else (approved one by one).
 */
export function urgentNoticeRevisions(
  entry: Approval,
  queue: readonly Approval[],
): NoticeRevisions | null {
  if (entry.resource !== 'schedules' || !entry.urgent || entry.after.kind !== 'interrupt') {
    return null;
  }
  const find = (resource: ReviewedResource, id: unknown) =>
    queue.find((item) => item.resource === resource && item.id === id);
  const playlist = find('playlists', entry.after.playlistId);
  const items = (playlist?.after.items ?? []) as { slideId?: string }[];
  const slide = find('slides', items[0]?.slideId);
  return playlist && slide && items.length === 1
    ? { slide: slide.revision, playlist: playlist.revision, entry: entry.revision }
    : null;
}

/** Publishes an urgent notice's slide, playlist and entry at once, each at the revision shown. */
export function approveUrgentNotice(id: string, revisions: NoticeRevisions) {
  return api.post(`/api/urgent-notices/${encodeURIComponent(id)}/approve`, { revisions });
}
