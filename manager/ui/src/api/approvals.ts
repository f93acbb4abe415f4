import { api } from './api-client.js';

export type ReviewedResource = 'slides' | 'playlists' | 'schedules';

export interface Review {
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  comment: string | null;
}

/** One draft in the approval queue: its published version beside the proposed one. */
export interface Approval {
  resource: ReviewedResource;
  id: string;
  label: string;
  status: 'draft' | 'pending' | 'published';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  changedFields: string[];
  review: Review;
  submittedBy: { id: string; login: string; name: string } | null;
}

/** `GET /api/approvals`: drafts waiting for review, oldest submission first. */
export async function fetchApprovals(signal?: AbortSignal): Promise<Approval[]> {
  const body = await api.get<{ items: Approval[] }>('/api/approvals?status=pending', signal);
  return body.items;
}

const stepPath = (resource: ReviewedResource, id: string, step: string) =>
  `/api/${resource}/${encodeURIComponent(id)}/${step}`;

export function approve(resource: ReviewedResource, id: string): Promise<unknown> {
  return api.post(stepPath(resource, id, 'approve'), undefined);
}

export function returnWithComment(
  resource: ReviewedResource,
  id: string,
  comment: string,
): Promise<unknown> {
  return api.post(stepPath(resource, id, 'return'), { comment });
}
