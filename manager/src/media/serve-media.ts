import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Sha256Schema } from '@bangtin/shared';
import { Hono } from 'hono';
import { ApiError, notFound } from '../errors.js';
import { mediaRepository } from '../store/media.js';
import type { Store } from '../store/open-store.js';
import { mediaPath } from './media-files.js';
import { parseRange } from './parse-range.js';

/**
 * `GET|HEAD /media/<sha256>`: content-addressed bytes, cached forever (the address changes when
 * the bytes do), with single-range requests for video seeking. No authentication: the address
 * is unguessable and slides are public speech.
 */
export function createMediaServer(store: Store, mediaDir: string): Hono {
  const app = new Hono();
  app.get('/:sha256', async (c) => {
    const sha256 = c.req.param('sha256');
    if (!Sha256Schema.safeParse(sha256).success) throw notFound('Media');
    const media = await mediaRepository.get(store.db, sha256);
    const path = mediaPath(mediaDir, sha256);
    const size = media
      ? await stat(path).then(
          (s) => s.size,
          () => undefined,
        )
      : undefined;
    if (!media || size === undefined) throw notFound('Media');

    const etag = `"${sha256}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('Accept-Ranges', 'bytes');
    c.header('Content-Type', media.type);
    if (
      c.req
        .header('if-none-match')
        ?.split(/\s*,\s*/)
        .includes(etag)
    )
      return c.body(null, 304);

    const range = parseRange(c.req.header('range'), size);
    if (range === 'unsatisfiable') {
      c.header('Content-Range', `bytes */${size}`);
      throw new ApiError(416, 'range_not_satisfiable', `The file has ${size} bytes`);
    }
    const { start, end } = range ?? { start: 0, end: size - 1 };
    c.header('Content-Length', String(Math.max(0, end - start + 1)));
    if (range) c.header('Content-Range', `bytes ${start}-${end}/${size}`);
    const status = range ? 206 : 200;
    if (c.req.method === 'HEAD' || size === 0) return c.body(null, status);
    const stream = Readable.toWeb(
      createReadStream(path, { start, end }),
    ) as ReadableStream<Uint8Array>;
    return c.body(stream, status);
  });
  return app;
}
