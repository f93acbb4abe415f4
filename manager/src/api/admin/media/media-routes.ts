import { rename, rm, stat } from 'node:fs/promises';
import { MediaDurationMsSchema, MediaSchema, Sha256Schema, textSchema } from '@bangtin/shared';
import { z } from 'zod';
import { ApiError, notFound } from '../../../errors.js';
import { mediaPath } from '../../../media/media-files.js';
import { receiveUpload } from '../../../media/receive-upload.js';
import { sniffMediaType } from '../../../media/sniff-media-type.js';
import { mediaRepository } from '../../../store/media.js';
import { addRoute, errorResponse, securityOf } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { parse } from '../../read-json-body.js';
import { uniqueReferrers } from '../resources/crud-routes.js';
import { editorWrite } from '../resources/editor-write.js';
import {
  OwnerFieldSchema,
  OwnerInputSchema,
  ownershipGuard,
} from '../resources/ownership-guard.js';
import { referrersOfMedia } from '../resources/references.js';

const ShaParamsSchema = z.object({ sha256: Sha256Schema });
const UploadQuerySchema = OwnerInputSchema.extend({
  durationMs: z.coerce
    .number()
    .pipe(MediaDurationMsSchema)
    .optional()
    .describe("A video's length as the uploading browser measured it; ignored for a picture."),
});
const OwnedMediaSchema = z.intersection(MediaSchema, OwnerFieldSchema);
const fileName = textSchema(200);

/** Upload (multipart, streamed to disk), list and delete media files. */
export function addMediaRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['media'];

  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/media',
    summary: 'Upload a file (multipart field `file`)',
    description:
      'The type is read from the bytes; the file is stored under its sha256. `?ownerGroupId=` names the owning screen group (see the slides).',
    tags,
    ...securityOf('editor'),
    request: {
      query: UploadQuerySchema,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.string().meta({ format: 'binary' }) }),
          },
        },
      },
    },
    responses: {
      201: {
        description: 'Stored',
        content: { 'application/json': { schema: OwnedMediaSchema } },
      },
      403: { description: 'The owner named is not one of your groups' },
      413: { description: 'Larger than MAX_UPLOAD_MB' },
      507: { description: 'The server disk is full (the message says what to do)' },
      415: { description: 'Not one of the accepted image or video types' },
    },
  });
  router.post('/media', deps.guards.editor, async (c) => {
    const user = c.get('user');
    const query = parse(UploadQuerySchema, c.req.query());
    const requested = query.ownerGroupId;
    // Checked before the bytes are read: a refused owner costs no upload.
    await ownershipGuard(deps.store.db, user, 'media').then((g) => g.ownerToStore(requested));
    const file = await receiveUpload(c.req.raw, {
      dir: deps.mediaDir,
      maxBytes: deps.config.maxUploadBytes,
      logger: deps.logger,
      ...(deps.uploadDisk ? { disk: deps.uploadDisk } : {}),
    });
    const type = sniffMediaType(file.head);
    if (!type) {
      await rm(file.tempPath, { force: true });
      throw new ApiError(
        415,
        'unsupported_media_type',
        'Only PNG, JPEG, WebP, GIF, WebM and MP4 files are accepted',
      );
    }
    const finalPath = mediaPath(deps.mediaDir, file.sha256);
    const alreadyStored = await stat(finalPath).then(
      () => true,
      () => false,
    );
    if (alreadyStored) await rm(file.tempPath, { force: true });
    else await rename(file.tempPath, finalPath);

    const name = fileName.safeParse(file.filename);
    const durationMs = type.startsWith('video/') ? (query.durationMs ?? null) : null;
    const media = await editorWrite(deps, user.id, async (w) => {
      const guard = await ownershipGuard(w.trx, user, 'media');
      const existing = await mediaRepository.get(w.trx, file.sha256);
      if (existing) {
        // The same bytes uploaded before the length was measured: it is known now.
        const known = existing.durationMs ?? durationMs;
        if (known !== existing.durationMs && known !== null)
          await mediaRepository.setDuration(w.trx, file.sha256, known);
        return { ...existing, durationMs: known, ownerGroupId: guard.ownerOf(file.sha256) };
      }
      const owner = guard.ownerToStore(requested);
      const stored = {
        sha256: file.sha256,
        name: name.success ? name.data : 'file',
        type,
        bytes: file.bytes,
        createdAt: w.now,
        durationMs,
      };
      await mediaRepository.insert(w.trx, stored);
      if (owner) await guard.setOwner(w.trx, file.sha256, owner);
      const created = { ...stored, ownerGroupId: owner };
      await w.audit({
        action: 'create',
        resource: 'media',
        resourceId: file.sha256,
        before: null,
        after: created,
      });
      return created;
    });
    return c.json(media, 201);
  });

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/media',
      summary: 'List media files',
      tags,
      auth: 'viewer',
      responses: {
        200: {
          description: 'The files the user may read',
          schema: z.object({ items: z.array(OwnedMediaSchema) }),
        },
      },
    },
    async (c) => {
      const guard = await ownershipGuard(deps.store.db, c.get('user'), 'media');
      const items = (await mediaRepository.list(deps.store.db))
        .filter((m) => guard.canRead(m.sha256))
        .map((m) => ({ ...m, ownerGroupId: guard.ownerOf(m.sha256) }));
      return c.json({ items }, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'delete',
      path: '/media/{sha256}',
      summary: 'Delete a media file nobody uses',
      description: 'Refused (409) while a slide, draft or published, or the settings name it.',
      tags,
      auth: 'editor',
      params: ShaParamsSchema,
      responses: {
        204: { description: 'Deleted' },
        403: errorResponse(403),
        404: errorResponse(404),
        409: errorResponse(409),
      },
    },
    async (c, { params }) => {
      const user = c.get('user');
      await editorWrite(deps, user.id, async (w) => {
        const guard = await ownershipGuard(w.trx, user, 'media');
        const before = await mediaRepository.get(w.trx, params.sha256);
        if (!before || !guard.canRead(params.sha256)) throw notFound('Media');
        guard.checkChange(params.sha256, w);
        const referrers = uniqueReferrers([
          ...referrersOfMedia(params.sha256, w.content),
          ...referrersOfMedia(params.sha256, w.drafts),
        ]);
        if (referrers.length > 0)
          throw new ApiError(409, 'conflict', 'Media is still in use', referrers);
        await mediaRepository.remove(w.trx, params.sha256);
        await w.audit({
          action: 'delete',
          resource: 'media',
          resourceId: params.sha256,
          before,
          after: null,
        });
      });
      await rm(mediaPath(deps.mediaDir, params.sha256), { force: true });
      return c.body(null, 204);
    },
  );
}
