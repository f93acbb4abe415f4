import { ApprovalListSchema } from '@bangtin/shared';
import { z } from 'zod';
import { canonicalJson } from '../../../manifest/canonical-json.js';
import type { Reviewed } from '../../../store/reviewed-resource.js';
import { usersRepository } from '../../../store/users.js';
import { addRoute } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { reviewAccess } from './review-access.js';
import type { AnyReviewedSpec } from './reviewed-spec.js';

const QuerySchema = z.object({ status: z.enum(['pending', 'draft']).default('pending') });

/** `GET /approvals`: every draft waiting for an approver, with both versions to compare. */
export function addApprovalRoutes(
  router: ApiRouter,
  deps: ApiDeps,
  specs: readonly AnyReviewedSpec[],
): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/approvals',
      summary: 'The approval queue, with before and after',
      description:
        '`status=pending` (default): submitted drafts, the parts of urgent notices first, then oldest first. `status=draft`: drafts not yet submitted (returned ones carry `review.comment`).',
      tags: ['approvals'],
      auth: 'viewer',
      query: QuerySchema,
      responses: {
        200: { description: 'The queue', schema: ApprovalListSchema },
      },
    },
    async (c, { query }) => {
      const user = c.get('user');
      const db = deps.store.db;
      const people = new Map((await usersRepository.list(db)).map((u) => [u.id, u]));
      const items = [];
      for (const spec of specs) {
        const access = await reviewAccess(spec, user, db);
        for (const item of await spec.repository.list(db)) {
          if (item.status !== query.status || !access.canSee(item)) continue;
          const {
            status: _status,
            revision,
            published,
            review,
            ...draft
          } = item as Reviewed<{
            id: string;
          }>;
          const submitter = review.submittedBy ? people.get(review.submittedBy) : undefined;
          items.push({
            resource: spec.resource,
            id: item.id,
            label: spec.label(item),
            status: query.status,
            revision,
            ownerGroupId: access.guard ? access.guard.ownerOf(item.id) : null,
            before: published,
            after: draft,
            changedFields: changedFields(published, draft),
            review,
            submittedBy: submitter
              ? { id: submitter.id, login: submitter.login, name: submitter.name }
              : null,
          });
        }
      }
      const urgent = urgentIds(items);
      const marked = items.map((item) => ({ ...item, urgent: urgent.has(item.id) }));
      marked.sort(
        (a, b) =>
          urgentRank(b) - urgentRank(a) ||
          (a.review.submittedAt ?? '').localeCompare(b.review.submittedAt ?? ''),
      );
      return c.json({ items: marked }, 200);
    },
  );
}

interface QueuedItem {
  resource: string;
  id: string;
  after: unknown;
}

/**
 * The interrupt entries in the queue, with the playlists and slides they play: an approver
 * publishes those first (slides, then playlists, then the entry, as references require).
 */
function urgentIds(items: readonly QueuedItem[]): Set<string> {
  const draft = (item: QueuedItem) => item.after as Record<string, unknown>;
  const entries = items.filter(
    (item) => item.resource === 'schedules' && draft(item).kind === 'interrupt',
  );
  const playlistIds = new Set(entries.map((item) => draft(item).playlistId));
  const playlists = items.filter(
    (item) => item.resource === 'playlists' && playlistIds.has(item.id),
  );
  const slideIds = playlists.flatMap((item) =>
    ((draft(item).items ?? []) as { slideId: string }[]).map((entry) => entry.slideId),
  );
  return new Set([...entries, ...playlists].map((item) => item.id).concat(slideIds));
}

const URGENT_ORDER: Record<string, number> = { slides: 3, playlists: 2, schedules: 1 };

function urgentRank(item: QueuedItem & { urgent: boolean }): number {
  return item.urgent ? (URGENT_ORDER[item.resource] ?? 1) : 0;
}

function changedFields(before: object | null, after: object): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => canonicalJson(a[key]) !== canonicalJson(b[key]),
  );
}
