import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths no built app owns: the API and media answer their own 404s. */
const isReserved = (path: string) =>
  path === '/api' || path.startsWith('/api/') || path === '/media' || path.startsWith('/media/');

async function fileSize(path: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  return stat(path).then(
    (s) => (s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined),
    () => undefined,
  );
}

/**
 * Serves a built single-page app (the player at `/`, the admin UI at `/admin`). Hashed files
 * under `assets/` are cached forever; everything else (index.html, sw.js) is revalidated on every
 * load so that a new build reaches screens. Unknown paths that ask for HTML get index.html.
 */
export function serveBuiltApp(options: { dir: string; mount: string }): MiddlewareHandler {
  const root = normalize(options.dir);
  const mount = options.mount.replace(/\/$/, '');
  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if ((method !== 'GET' && method !== 'HEAD') || isReserved(path)) return next();
    if (mount && path === mount) return c.redirect(`${mount}/`, 301);
    if (mount && !path.startsWith(`${mount}/`)) return next();
    const index = join(root, 'index.html');
    if (!(await fileSize(index))) {
      return c.text('This app is not built yet. Run `npm run build`, then reload this page.', 503);
    }
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(mount.length));
    } catch {
      return next();
    }
    const candidate = normalize(join(root, relative === '/' ? 'index.html' : relative));
    if (candidate.startsWith(root + sep) && (await fileSize(candidate))) {
      return sendFile(c, candidate, relative);
    }
    if (c.req.header('accept')?.includes('text/html')) return sendFile(c, index, '/index.html');
    return next();
  };
}

async function sendFile(c: Context, path: string, urlPath: string): Promise<Response> {
  const info = await fileSize(path);
  if (!info) return c.notFound();
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  c.header('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
  c.header(
    'Cache-Control',
    urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  c.header('ETag', etag);
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  c.header('Content-Length', String(info.size));
  if (c.req.method === 'HEAD') return c.body(null, 200);
  return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, 200);
}
