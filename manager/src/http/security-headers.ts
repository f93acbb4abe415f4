import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The player's policy: everything from this origin; `blob:` for media the service worker and
 * player hand to <video>/<img>; inline styles because Lit falls back to <style> elements where
 * constructable stylesheets are missing; `data:` for small inlined images and fonts.
 */
const appHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
  // The admin UI shows the real player in an iframe of the same origin.
  xFrameOptions: 'SAMEORIGIN',
});

/** The API reference page: its bundle injects styles and reads its configuration inline. */
const docsHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
  },
});

export const DOCS_PATH = '/api/docs';

export const securityHeaders: MiddlewareHandler = (c, next) =>
  c.req.path === DOCS_PATH || c.req.path.startsWith(`${DOCS_PATH}/`)
    ? docsHeaders(c, next)
    : appHeaders(c, next);
