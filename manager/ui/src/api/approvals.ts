import {
  type Approval,
  ApprovalListSchema,
  PlaylistItemSchema,
  type ReviewedResource,
  ReviewedSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { api } from './api-client.js';

/** `GET /api/approvals`: drafts waiting for review, oldest submission first. */
export async function fetchApprovals(signal?: AbortSignal): Promise<Approval[]> {
  const body = await api.get('/api/approvals?status=pending', ApprovalListSchema, signal);
  return body.items;
}

const stepPath = (resource: ReviewedResource, id: string, step: string) =>
  `/api/${resource}/${encodeURIComponent(id)}/${step}`;

/** `POST /api/<res>/:id/submit`: a draft goes to the approvers; answers the item after the step. */
export function submitForReview(resource: ReviewedResource, id: string) {
  return api.post(stepPath(resource, id, 'submit'), undefined, ReviewedSchema);
}

/** Publishes the revision the approver saw; 409 when the draft changed since. */
export function approve(resource: ReviewedResource, id: string, revision: number) {
  return api.postOnly(stepPath(resource, id, 'approve'), { revision });
}

export function returnWithComment(
  resource: ReviewedResource,
  id: string,
  comment: string,
  revision: number,
): Promise<void> {
  return api.postOnly(stepPath(resource, id, 'return'), { comment, revision });
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
  const items = z.array(PlaylistItemSchema).safeParse(playlist?.after.items).data ?? [];
  const slide = find('slides', items[0]?.slideId);
  return playlist && slide && items.length === 1
    ? { slide: slide.revision, playlist: playlist.revision, entry: entry.revision }
    : null;
}

/** Publishes an urgent notice's slide, playlist and entry at once, each at the revision shown. */
export function approveUrgentNotice(id: string, revisions: NoticeRevisions) {
  return api.postOnly(`/api/urgent-notices/${encodeURIComponent(id)}/approve`, { revisions });
}
