import { randomUUID } from 'node:crypto';
import {
  DEFAULT_URGENT_MINUTES,
  FALLBACK_TIME_ZONE,
  MAX_URGENT_MINUTES,
  type ScheduleEntryInput,
  ScheduleEntryInputSchema,
  type Screen,
  SlideInputSchema,
  type Target,
  UrgentNoticeInputSchema,
  UrgentNoticeSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { canTarget } from '../../../auth/group-scope.js';
import { canPublish } from '../../../auth/roles.js';
import { forbidden, invalidInput, notFound } from '../../../errors.js';
import { type ContentSnapshot, loadContent } from '../../../store/load-content.js';
import type { Db } from '../../../store/open-store.js';
import { playlistsRepository } from '../../../store/playlists.js';
import { schedulesRepository } from '../../../store/schedules.js';
import { screensRepository } from '../../../store/screens.js';
import { slidesRepository } from '../../../store/slides.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';
import { editorWrite } from '../resources/editor-write.js';
import {
  checkSchedule,
  checkSlide,
  type Referrer,
  referrersOfPlaylist,
  referrersOfSlide,
} from '../resources/references.js';
import { reviewAccess } from '../resources/review-access.js';
import { approveReviewed } from '../resources/review-routes.js';
import { type AnyReviewedSpec, outsideGroups } from '../resources/reviewed-spec.js';
import { REVIEWED_SPECS } from '../resources/reviewed-specs.js';
import { localDateAndMinute } from './local-clock.js';

const RESOURCE = 'urgent-notices';
/** Audit resource names are searched as `[a-z_]+`. */
const AUDITED = 'urgent_notices';
/** Above every priority an editor can give (0–1000): among interrupts too, the newest notice wins ties. */
const URGENT_PRIORITY = 1000;
const MINUTE = 60_000;

/**
 * `POST /urgent-notices` makes the slide, the playlist and the interrupt entry of an urgent
 * notice in one transaction (published at once for approvers, pending and marked urgent for
 * editors); `DELETE /urgent-notices/{id}` withdraws it with what was made for it.
 */
export function addUrgentNoticeRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['urgent-notices'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: `/${RESOURCE}`,
      summary: 'Send an urgent notice to screens, starting now',
      description: `Creates a message slide, a playlist holding it and an interrupt entry that starts now and ends after \`durationMinutes\` (default ${DEFAULT_URGENT_MINUTES}, at most ${MAX_URGENT_MINUTES}) or at \`endsAt\`. An approver's or admin's notice is published at once; an editor's waits for approval, marked urgent.`,
      tags,
      auth: 'editor',
      body: UrgentNoticeInputSchema,
      responses: {
        201: { description: 'What was made', schema: UrgentNoticeSchema },
        400: errorResponse(400),
        403: errorResponse(403),
      },
    },
    async (c, { body }) => {
      const user = c.get('user');
      const publish = canPublish(user.role) ? { by: user.id } : undefined;
      const startsAt = deps.clock();
      const endsAt = body.endsAt
        ? Date.parse(body.endsAt)
        : startsAt + (body.durationMinutes ?? DEFAULT_URGENT_MINUTES) * MINUTE;
      if (endsAt <= startsAt || endsAt - startsAt > MAX_URGENT_MINUTES * MINUTE) {
        throw invalidInput([
          { path: 'endsAt', message: 'the end must be after now and within a week' },
        ]);
      }
      const notice = await editorWrite(deps, user.id, async (w) => {
        const screens = await screensRepository.list(w.trx);
        if (!canTarget(user, body.target, screens)) throw outsideGroups();
        const slide = SlideInputSchema.parse({
          kind: 'message',
          title: body.text,
          heading: body.text,
          body: body.details,
          imageSha256: body.imageSha256,
          theme: 'dark',
        });
        const unknown = [
          ...checkSlide(slide, w.content),
          ...checkSchedule({ ...EMPTY_ENTRY, target: body.target }, w.content).filter((issue) =>
            issue.path.startsWith('target'),
          ),
        ];
        if (unknown.length > 0) throw invalidInput(unknown);
        const start = earliestLocalStart(body.target, screens, startsAt);
        const slideId = randomUUID();
        const playlistId = randomUUID();
        const id = randomUUID();
        const playlist = { name: body.text, items: [{ slideId, durationSeconds: 30 }] };
        // A window whose end equals its start lasts a whole day, every day from now: the notice
        // runs without a gap from this minute until it expires.
        const entry: ScheduleEntryInput = {
          name: body.text,
          kind: 'interrupt',
          playlistId,
          target: body.target,
          startDate: start.date,
          startTime: start.time,
          endTime: start.time,
          priority: URGENT_PRIORITY,
          expiresAt: new Date(endsAt).toISOString(),
        };
        await slidesRepository.create(w.trx, slideId, slide, w.now, publish);
        await playlistsRepository.create(w.trx, playlistId, playlist, w.now, publish);
        await schedulesRepository.create(
          w.trx,
          id,
          ScheduleEntryInputSchema.parse(entry),
          w.now,
          publish,
        );
        if (!publish) {
          await slidesRepository.submit(w.trx, slideId, user.id, w.now);
          await playlistsRepository.submit(w.trx, playlistId, user.id, w.now);
          await schedulesRepository.submit(w.trx, id, user.id, w.now);
        }
        const made = {
          id,
          slideId,
          playlistId,
          status: publish ? ('published' as const) : ('pending' as const),
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(endsAt).toISOString(),
        };
        await w.audit({
          action: 'create',
          resource: AUDITED,
          resourceId: id,
          before: null,
          after: { ...made, text: body.text, target: body.target },
        });
        return made;
      });
      return c.json(notice, 201);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: `/${RESOURCE}/{id}/approve`,
      summary: "Approve an editor's urgent notice: its slide, playlist and entry at once",
      description:
        'Publishes the three parts in one transaction (slide, then playlist, then entry), each only at the revision the approver reviewed and each audited; 409 as for one item (nothing is published then). A part already published is left as it is.',
      tags: [...tags, 'approvals'],
      auth: 'approver',
      params: IdParamsSchema,
      body: ApproveNoticeSchema,
      responses: {
        204: { description: 'Published' },
        403: errorResponse(403),
        404: errorResponse(404),
        409: errorResponse(409),
      },
    },
    async (c, { params, body }) => {
      const user = c.get('user');
      await editorWrite(deps, user.id, async (w) => {
        const entry = await schedulesRepository.get(w.trx, params.id);
        const playlist = entry?.playlistId
          ? await playlistsRepository.get(w.trx, entry.playlistId)
          : undefined;
        const slideId = playlist?.items[0]?.slideId;
        if (entry?.kind !== 'interrupt' || !playlist || !slideId) throw notFound('Urgent notice');
        const parts = [
          { resource: 'slides', id: slideId, revision: body.revisions.slide },
          { resource: 'playlists', id: playlist.id, revision: body.revisions.playlist },
          { resource: 'schedules', id: entry.id, revision: body.revisions.entry },
        ];
        let content = w.content;
        for (const part of parts) {
          const spec = specOf(part.resource);
          const item = await spec.repository.get(w.trx, part.id);
          if (item?.status === 'published') continue;
          // Each part is checked against what the parts before it have just published.
          const accessFor = (who: typeof user, db: Db) => reviewAccess(spec, who, db);
          await approveReviewed(spec, accessFor, user, { ...w, content }, part.id, part.revision);
          content = await loadContent(w.trx);
        }
      });
      return c.body(null, 204);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'delete',
      path: `/${RESOURCE}/{id}`,
      summary: 'Withdraw an urgent notice at once',
      description:
        'Removes the interrupt entry, and its playlist and slide when nothing else uses them. Editors may withdraw only the notices they sent.',
      tags,
      auth: 'editor',
      params: IdParamsSchema,
      responses: {
        204: { description: 'Withdrawn' },
        403: errorResponse(403),
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const user = c.get('user');
      await editorWrite(deps, user.id, async (w) => {
        const entry = await schedulesRepository.get(w.trx, params.id);
        if (entry?.kind !== 'interrupt') throw notFound('Urgent notice');
        const screens = await screensRepository.list(w.trx);
        if (!canTarget(user, entry.target, screens)) throw outsideGroups();
        if (!canPublish(user.role) && entry.review.submittedBy !== user.id) {
          throw forbidden('Only its sender or an approver may withdraw this notice');
        }
        await schedulesRepository.remove(w.trx, entry.id);
        const playlist = entry.playlistId
          ? await playlistsRepository.get(w.trx, entry.playlistId)
          : undefined;
        if (
          playlist &&
          (await unused(w.trx, (content) => referrersOfPlaylist(playlist.id, content)))
        ) {
          await playlistsRepository.remove(w.trx, playlist.id);
          for (const { slideId } of playlist.items) {
            if (await unused(w.trx, (content) => referrersOfSlide(slideId, content))) {
              await slidesRepository.remove(w.trx, slideId);
            }
          }
        }
        await w.audit({
          action: 'delete',
          resource: AUDITED,
          resourceId: entry.id,
          before: entry,
          after: null,
        });
      });
      return c.body(null, 204);
    },
  );
}

const RevisionSchema = z.int().min(1);
const ApproveNoticeSchema = z.object({
  revisions: z
    .object({ slide: RevisionSchema, playlist: RevisionSchema, entry: RevisionSchema })
    .describe('The revisions the approver reviewed of the three parts'),
});

function specOf(resource: string): AnyReviewedSpec {
  const spec = REVIEWED_SPECS.find((candidate) => candidate.resource === resource);
  if (!spec) throw new Error(`no reviewed spec for ${resource}`);
  return spec;
}

const EMPTY_ENTRY = ScheduleEntryInputSchema.parse({ name: '-', kind: 'off' });

/**
 * "Now" as a local date and minute on the screen the notice reaches whose clock reads earliest:
 * the entry's start is read in each screen's own zone, so any later reading would start the
 * notice late on the screens behind it (on the others it is simply already on).
 */
function earliestLocalStart(target: Target, screens: readonly Screen[], instant: number) {
  const zones = new Set(
    screens
      .filter(
        (screen) =>
          target.all ||
          target.screenIds.includes(screen.id) ||
          screen.groupIds.some((group) => target.groupIds.includes(group)),
      )
      .map((screen) => screen.timeZone ?? FALLBACK_TIME_ZONE),
  );
  if (zones.size === 0) zones.add(FALLBACK_TIME_ZONE);
  const starts = [...zones].map((zone) => localDateAndMinute(instant, zone));
  return starts.reduce((earliest, start) =>
    `${start.date}T${start.time}` < `${earliest.date}T${earliest.time}` ? start : earliest,
  );
}

/** Nothing published and no draft names the item any more. */
async function unused(
  db: Db,
  referrers: (content: ContentSnapshot) => Referrer[],
): Promise<boolean> {
  for (const view of ['published', 'drafts'] as const) {
    if (referrers(await loadContent(db, view)).length > 0) return false;
  }
  return true;
}
